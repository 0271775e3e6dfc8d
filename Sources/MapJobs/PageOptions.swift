import Cartography
import MapScene
import OptionModel

/// The size of the output: pixels (`--size`), or paper (`--paper`, `--width-mm`, `--height-mm`)
/// at a resolution (`--dpi`). Fields are nil until given; `apply(to:)` settles the defaults.
public struct PageOptions: Sendable {
    public var size: PixelSize?
    public var paper: PaperSize?
    public var landscape: Bool?
    public var widthMM: Double?
    public var heightMM: Double?
    public var dpi: Double?
    /// The most pixels an output may have (width × height, bleed included), checked before
    /// anything is drawn: 200 million, which holds an A0 poster at 300 dpi with bleed.
    public var maxPixels = 200_000_000
    public init() {}

    /// Pixels per inch of `--size` when nothing else says (CSS pixels).
    public static let screenDPI = 96.0
    /// Resolution of paper-sized output when `--dpi` is not given.
    public static let paperDPI = 150.0

    /// Options every map command takes.
    package static let paperOptions: [Option<PageOptions>] = [
        .optional("paper", \.paper, "A0…A4|B0…B5", help: "ISO 216 paper size (instead of --size)."),
        .flag("landscape", \.landscape, help: "Landscape paper (--no-landscape: portrait)."),
        .shorthand("portrait", for: \.landscape, value: false, help: "Portrait paper (same as --no-landscape)."),
        .optional("dpi", \.dpi, "dpi", help: "Resolution: pixels per inch of PNG output (written into the file); 96 for --size, 150 for paper.",
                  check: within(10...2400)),
        .value("max-pixels", \.maxPixels, "n", help: "Refuse outputs of more pixels than this (width × height), before drawing.",
               check: within(1...2_000_000_000)),
    ]

    /// Refuses an output of `width` × `height` pixels past the limits, naming them.
    func checkPixels(_ width: Double, _ height: Double) throws {
        let w = Int(width.rounded()), h = Int(height.rounded())
        guard w <= 32_767, h <= 32_767 else {
            throw JobError("output of \(w)×\(h) pixels is too large (at most 32767 pixels each way; lower --dpi or the size)")
        }
        guard w * h <= maxPixels else {
            throw JobError("output of \(w)×\(h) = \(w * h) pixels is past the limit of \(maxPixels) pixels (lower --dpi or the size, or raise --max-pixels)")
        }
    }

    /// A page of any size in millimetres (render, frames, poster).
    package static let millimetreOptions: [Option<PageOptions>] = [
        .optional("width-mm", \.widthMM, "mm", help: "Page width in millimetres.", check: within(20...5000, "mm")),
        .optional("height-mm", \.heightMM, "mm", help: "Page height in millimetres.", check: within(20...5000, "mm")),
    ]

    /// Options of the commands whose output may be sized freely in pixels too (render, frames).
    package static let sizeOptions: [Option<PageOptions>] =
        [.optional("size", \.size, "WxH", help: "Output size in pixels (default 1920x1080).")] + millimetreOptions

    /// Sets the spec's size and resolution; paper comes in `defaultLandscape` unless told.
    func apply(to spec: inout MapSpec, defaultLandscape: Bool) throws {
        let paperLike = paper != nil || widthMM != nil || heightMM != nil
        if size != nil && paperLike {
            throw JobError("--size (pixels) and --paper/--width-mm/--height-mm (paper) cannot be combined; give one")
        }
        spec.dpi = dpi ?? (paperLike ? Self.paperDPI : Self.screenDPI)
        if let size {
            spec.size = Size(Double(size.width), Double(size.height))
        } else if paperLike {
            var mm: (Double, Double)
            if let paper {
                let pm = paper.portraitMM
                mm = (landscape ?? defaultLandscape) ? (pm.height, pm.width) : (pm.width, pm.height)
            } else {
                mm = (widthMM ?? heightMM.map { $0 * 16 / 9 } ?? 297, heightMM ?? widthMM.map { $0 * 9 / 16 } ?? 210)
            }
            if let w = widthMM { mm.0 = w }
            if let h = heightMM { mm.1 = h }
            spec.size = Size(mm.0 / 25.4 * spec.dpi, mm.1 / 25.4 * spec.dpi)
        } else if let dpi {
            spec.size = Size(1920 * dpi / Self.screenDPI, 1080 * dpi / Self.screenDPI)
        }
        try checkPixels(spec.size.width, spec.size.height)
    }
}

/// An output size in pixels, as `--size WIDTHxHEIGHT` gives it.
public struct PixelSize: OptionValue, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }

    public init(optionText: String) throws {
        let parts = optionText.lowercased().split(separator: "x").map { Int($0) }
        guard parts.count == 2, let w = parts[0], let h = parts[1], (16...32_767).contains(w), (16...32_767).contains(h) else {
            throw OptionError("\"\(optionText)\" is not a size (expected WIDTHxHEIGHT in pixels, each 16 to 32767, e.g. 1920x1080)")
        }
        width = w
        height = h
    }

    public var optionText: String { "\(width)x\(height)" }
}

extension PaperSize: ChoiceOption {}
