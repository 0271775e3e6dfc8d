import Foundation

/// Runs an external tool (ffmpeg, Ghostscript) as a registered child, so that a signal stops it
/// and removes what it writes: its standard output is handed over chunk by chunk as it comes,
/// its error output is read to its end on a thread of its own (so neither pipe fills and stalls it),
/// and its standard input, when there is `input`, is written on a thread of its own too.
enum ToolProcess {
    /// The tool's exit status and error output, once it has ended. `input` writes the tool's
    /// standard input with `ToolInput`; it is closed when `input` returns.
    static func run(_ executable: String, _ arguments: [String], writing temp: String, input: (@Sendable (ToolInput) -> Void)? = nil,
                    output: (Data) -> Void) throws -> (status: Int32, errors: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe(), into = Pipe()
        p.standardOutput = out
        p.standardError = err
        if input != nil { p.standardInput = into }
        try TemporaryFiles.shared.run(p, writing: temp)
        let messages = ErrorText()
        Thread { messages.read(err.fileHandleForReading) }.start()
        let fed = DispatchSemaphore(value: 0)
        if let input {
            Thread {
                input(ToolInput(into.fileHandleForWriting.fileDescriptor))
                try? into.fileHandleForWriting.close()
                fed.signal()
            }.start()
        }
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output(chunk)
        }
        p.waitUntilExit()
        if input != nil { fed.wait() }
        let errors = messages.wait()
        TemporaryFiles.shared.ended(p.processIdentifier)
        return (p.terminationStatus, errors)
    }
}

/// The writing end of a tool's standard input. A tool that ends before reading it all (ffmpeg
/// refusing its arguments) makes `write` return false: SIGPIPE is blocked on the writing thread
/// and taken back, so it cannot end this process.
struct ToolInput {
    let fd: Int32
    init(_ fd: Int32) { self.fd = fd }

    /// Writes all of `bytes`; false when the tool no longer reads.
    func write(_ bytes: [UInt8]) -> Bool {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var none = timespec()
            while sigtimedwait(&pipeSignal, nil, &none) == SIGPIPE {}
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
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
