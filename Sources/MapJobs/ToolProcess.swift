import Foundation

/// Runs an external tool (ffmpeg, Ghostscript) as a registered child, so that a signal stops it
/// and removes what it writes: its standard output is handed over chunk by chunk as it comes,
/// its error output is read to its end on a thread of its own (so neither pipe fills and stalls it).
enum ToolProcess {
    /// The tool's exit status and error output, once it has ended.
    static func run(_ executable: String, _ arguments: [String], writing temp: String,
                    output: (Data) -> Void) throws -> (status: Int32, errors: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try TemporaryFiles.shared.run(p, writing: temp)
        let messages = ErrorText()
        Thread { messages.read(err.fileHandleForReading) }.start()
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output(chunk)
        }
        p.waitUntilExit()
        let errors = messages.wait()
        TemporaryFiles.shared.ended(p.processIdentifier)
        return (p.terminationStatus, errors)
    }
}

/// A child's error output, read to its end on a thread of its own.
private final class ErrorText: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var text = ""

    func read(_ handle: FileHandle) {
        text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        done.signal()
    }

    func wait() -> String {
        done.wait()
        return text
    }
}
