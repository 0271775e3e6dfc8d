import CairoCanvas
import OptionModel

/// The colours of a PDF: as drawn (sRGB), or converted to CMYK for print as PDF/X-4 (`PDFXConverter`).
public enum ColorSpace: String, Sendable, CaseIterable, ChoiceOption {
    case rgb, cmyk

    /// `--color-space`, which render and poster take.
    static func option<Root>(_ path: WritableKeyPath<Root, ColorSpace>) -> Option<Root> {
        .value("color-space", path, "space",
               help: "rgb, or cmyk: a print-ready PDF/X-4 (CMYK with an ICC output intent, black text on the black plate alone, text and transparency kept), made by Ghostscript; .pdf only.")
    }

    /// Refuses cmyk for an output that is not a PDF, before any work.
    func check(_ format: OutputFormat) throws {
        guard self == .cmyk, format != .pdf else { return }
        throw JobError("--color-space cmyk makes a print PDF: it needs a .pdf output, not .\(format.rawValue) (or leave out --color-space)")
    }

}
