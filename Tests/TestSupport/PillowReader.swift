import Foundation

/// Runs Debian's Python 3 with Pillow on a PNG file: it answers one line "width height mode"
/// followed by the raw pixel bytes, in RGB or RGBA mode.
enum PillowReader {
    /// Debian's interpreter, named in full so that another python3 on PATH cannot stand in.
    static let python = "/usr/bin/python3"

    static let script = """
        import sys
        from PIL import Image
        with Image.open(sys.argv[1]) as im:
            if im.format != "PNG":
                sys.exit("not a PNG: " + str(im.format))
            alpha = "A" in im.getbands() or "transparency" in im.info
            im = im.convert("RGBA" if alpha else "RGB")
            out = sys.stdout.buffer
            out.write(("%d %d %s\\n" % (im.width, im.height, im.mode)).encode())
            out.write(im.tobytes())
        """

    static func read(_ path: String) throws -> (header: String, body: [UInt8]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", script, path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            throw PNGDecodeError(description: "cannot run \(python) (Debian python3-pil, `make test-deps`): \(error)")
        }
        // Pillow's messages are short, so reading all output before the errors cannot block.
        let data = [UInt8](out.fileHandleForReading.readDataToEndOfFile())
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0, let newline = data.firstIndex(of: 0x0A) else {
            throw PNGDecodeError(description: "Pillow could not decode \(path): \(message)")
        }
        return (String(decoding: data[..<newline], as: UTF8.self), Array(data[(newline + 1)...]))
    }
}
