import CairoCanvas
import Crypto
import Foundation

/// Turns the RGB PDF partnermap draws into a PDF/X-4 for print with Ghostscript (`gs`), when it
/// is installed: CMYK colours through an ICC profile, which the file carries as its output intent.
/// Ghostscript 10.0's PDF/X mode makes PDF/X-3 only, which allows no transparency and so flattens
/// every map into one image; so gs runs pdfwrite in its plain mode, converting colours to CMYK and
/// keeping the text as text, the arcs as vectors and the transparency (translucent arcs, halos) as
/// PDF/X-4 allows it, and `PDFXFinish` then writes the XMP metadata PDF/X-4 requires, which that
/// mode gets wrong, stating the version the DOCINFO pdfmark declares.
enum PDFXConverter {
    /// Ghostscript and the CMYK profile it converts to.
    struct Tools {
        var gs: String
        var profile: String
    }

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

    /// The PDF/X-4 made of `pdf`. The input waits in a temporary file in `folder` (the output's);
    /// Ghostscript writes to its standard output and dates the file from `SOURCE_DATE_EPOCH` when
    /// it is set, so its bytes are the same in every run; the XMP's document ID is derived from them.
    static func convert(_ pdf: [UInt8], in folder: String, with tools: Tools) throws -> [UInt8] {
        let input = TemporaryFiles.name(for: folder + "/print.pdf")
        try TemporaryFiles.shared.create(input) {
            guard FileManager.default.createFile(atPath: input, contents: Data(pdf)) else {
                throw JobError("cannot write a temporary file in \(folder) for Ghostscript")
            }
        }
        defer { TemporaryFiles.shared.remove(input) }
        var bytes = Data()
        let (status, message) = try ToolProcess.run(tools.gs, arguments(profile: tools.profile) + ["-f", input],
                                                    writing: input) { bytes.append($0) }
        guard status == 0, bytes.starts(with: Data("%PDF-".utf8)) else {
            throw JobError("Ghostscript could not make the CMYK PDF: " + message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return try PDFXFinish.apply(to: Array(bytes), documentID: uuid(SHA256.hash(data: bytes)))
    }

    /// The first 16 bytes of `digest` as a UUID (version 4 and variant bits set), lower case.
    static func uuid(_ digest: SHA256.Digest) -> String {
        var b = Array(digest.prefix(16))
        b[6] = b[6] & 0x0f | 0x40
        b[8] = b[8] & 0x3f | 0x80
        let hex = Array(b.map { String(format: "%02x", $0) }.joined())
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }

    /// gs's options: pdfwrite at PDF 1.6 (PDF/X-4's base), colours to CMYK through `profile`, and
    /// PostScript that declares the PDF/X version and the output intent carrying the profile.
    static func arguments(profile: String) -> [String] {
        let icc = postScriptString(profile)
        let intent = """
            [ /GTS_PDFXVersion (PDF/X-4) /Trapped /False /DOCINFO pdfmark
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
                "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
                // Images (raster layers) are kept lossless: JPEG would smear colour into black edges.
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
