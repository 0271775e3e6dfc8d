import Foundation

/// Turns the RGB PDF partnermap draws into a PDF/X-3 for print with Ghostscript (`gs`), when it
/// is installed: CMYK colours through an ICC profile, which the file carries as its output intent.
/// Ghostscript 10.0 makes PDF/X-3, not X-4, and PDF/X-3 has no transparency, so it flattens a page
/// that has some (every map does) into one CMYK image, at the map's resolution but at least
/// `pressDPI`: the text is then pixels too (sharp-edged, as Ghostscript does not anti-alias them).
enum PDFXConverter {
    /// Ghostscript and the CMYK profile it converts to.
    struct Tools {
        var gs: String
        var profile: String
    }

    /// The least resolution a page is flattened at.
    static let pressDPI = 300.0

    /// CMYK output profiles Debian packages ship, in order of preference (Ghostscript's own first).
    static let profiles = ["/usr/share/color/icc/ghostscript/default_cmyk.icc", "/usr/share/color/icc/ghostscript/ps_cmyk.icc"]

    /// Ghostscript, looked for in `searchPath` (default: the `PATH` directories), and a profile,
    /// before any drawing, so a missing one costs nothing.
    static func locate(in searchPath: [String]?, profiles: [String] = profiles) throws -> Tools {
        guard let gs = VideoMaker.findExecutable("gs", in: searchPath) else {
            throw JobError("Ghostscript (gs) is not installed, so no CMYK PDF can be made; install it with: sudo apt-get install ghostscript (or leave out --color-space cmyk)")
        }
        guard let profile = profiles.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw JobError("no CMYK ICC profile found for --color-space cmyk (looked for \(profiles.joined(separator: ", "))); install it with: sudo apt-get install ghostscript")
        }
        return Tools(gs: gs, profile: profile)
    }

    /// The PDF/X-3 made of `pdf`, flattened at `dpi` (at least `pressDPI`). The input waits in a temporary file in
    /// `folder` (the output's); Ghostscript writes to its standard output, so that the file's /ID, which it
    /// derives from the output's name and the date, is the same in every run when
    /// `SOURCE_DATE_EPOCH` fixes the date (Ghostscript reads it too).
    static func convert(_ pdf: [UInt8], in folder: String, with tools: Tools, dpi: Double) throws -> [UInt8] {
        let input = TemporaryFiles.name(for: folder + "/print.pdf")
        try TemporaryFiles.shared.create(input) {
            guard FileManager.default.createFile(atPath: input, contents: Data(pdf)) else {
                throw JobError("cannot write a temporary file in \(folder) for Ghostscript")
            }
        }
        defer { TemporaryFiles.shared.remove(input) }
        var bytes = Data()
        let (status, message) = try ToolProcess.run(tools.gs, arguments(profile: tools.profile, dpi: dpi) + ["-f", input],
                                                    writing: input) { bytes.append($0) }
        guard status == 0, bytes.starts(with: Data("%PDF-".utf8)) else {
            throw JobError("Ghostscript could not make the CMYK PDF: " + message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Where the input breaks a PDF/X rule, Ghostscript says so and writes a plain PDF instead.
        guard !message.contains("not permitted in PDF/X") else {
            throw JobError("Ghostscript made no conforming PDF/X: " + message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return Array(bytes)
    }

    /// gs's options: pdfwrite in its PDF/X mode, colours to CMYK through `profile`, and PostScript
    /// that declares the PDF/X version and the output intent carrying the profile.
    static func arguments(profile: String, dpi: Double) -> [String] {
        let icc = postScriptString(profile)
        let intent = """
            [ /GTS_PDFXVersion (PDF/X-3:2002) /Trapped /False /DOCINFO pdfmark
            [ /_objdef {icc} /type /stream /OBJ pdfmark
            [ {icc} << /N 4 >> /PUT pdfmark
            [ {icc} \(icc) (r) file /PUT pdfmark
            [ /_objdef {intent} /type /dict /OBJ pdfmark
            [ {intent} << /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (Custom)
              /OutputCondition (\(postScriptText((profile as NSString).lastPathComponent))) /Info (Ghostscript CMYK)
              /RegistryName (http://www.color.org) /DestOutputProfile {icc} >> /PUT pdfmark
            [ {Catalog} << /OutputIntents [ {intent} ] >> /PUT pdfmark
            """
        return ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "--permit-file-read=" + profile,
                "-sDEVICE=pdfwrite", "-dPDFX", "-r" + String(Int(max(dpi, pressDPI).rounded())),
                // The flattened page is kept lossless (JPEG would smear colour into the black text).
                "-dAutoFilterColorImages=false", "-sColorImageFilter=FlateEncode", "-dDownsampleColorImages=false",
                "-sColorConversionStrategy=CMYK", "-sProcessColorModel=DeviceCMYK", "-sOutputICCProfile=" + profile,
                "-sOutputFile=-", "-c", intent]
    }

    /// `text` as a PostScript string literal.
    static func postScriptString(_ text: String) -> String { "(" + postScriptText(text) + ")" }

    /// `text` escaped for a PostScript string's inside.
    static func postScriptText(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
