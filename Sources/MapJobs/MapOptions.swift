import Cartography
import OptionModel

/// The commands that take options from the option model.
public enum MapCommand: String, Sendable, CaseIterable {
    case render, frames, poster, list, validate, geocode, bench

    /// The commands a spec file has a section for.
    public static let withSpecSections: [MapCommand] = [.render, .frames, .poster]
}

/// Every option of the map commands, typed, with its default: the data, the look of the map
/// (Cartography's `MapSpec`), the page, and each command's own. The library's API and the
/// command line's are the same: a program sets these fields, a user gives the options.
public struct MapOptions: Sendable {
    public var data = DataOptions()
    public var map = MapSpec()
    public var page = PageOptions()
    public var render = RenderOptions()
    public var frames = FramesOptions()
    public var poster = PosterOptions()
    public var list = ListOptions()
    public var run = RunOptions()
    /// The YAML spec the options were read from (`--spec`), if any.
    public var specFile: String?
    public init() {}

    /// A group of options as help shows them.
    package struct Group: Sendable {
        package var heading: String
        package var options: [Option<MapOptions>]
        /// Whether a spec gives them in the command's own section (else at its top level).
        package var inSection: Bool
    }

    static let spec: Option<MapOptions> = .optional(
        "spec", \.specFile, "file",
        help: "A YAML spec holding options (see `partnermap spec --example`); command-line options override it.", pathRule: .path)
    static let data = DataOptions.options.map { $0.lifted(\MapOptions.data) }
    static let look = MapSpec.options.map { $0.lifted(\MapOptions.map) }
    static let paper = PageOptions.paperOptions.map { $0.lifted(\MapOptions.page) }
    static let size = PageOptions.sizeOptions.map { $0.lifted(\MapOptions.page) }
    static let millimetres = PageOptions.millimetreOptions.map { $0.lifted(\MapOptions.page) }
    static let running = RunOptions.options.map { $0.lifted(\MapOptions.run) }

    /// The options `command` takes, in groups, as help lists them.
    package static func groups(for command: MapCommand) -> [Group] {
        func own(_ heading: String, _ options: [Option<MapOptions>]) -> Group { Group(heading: heading, options: options, inSection: true) }
        func shared(_ heading: String, _ options: [Option<MapOptions>]) -> Group { Group(heading: heading, options: options, inSection: false) }
        let map = [shared("DATA OPTIONS", data), shared("MAP OPTIONS", look)]
        switch command {
        case .render:
            return [own("OUTPUT OPTIONS", RenderOptions.options.map { $0.lifted(\.render) })] + map
                + [shared("SIZE OPTIONS", size + paper), shared("RUN OPTIONS", running), own("SPEC OPTIONS", [spec])]
        case .frames:
            return [own("FRAMES OPTIONS", FramesOptions.options.map { $0.lifted(\.frames) })] + map
                + [shared("SIZE OPTIONS", size + paper), shared("RUN OPTIONS", running), own("SPEC OPTIONS", [spec])]
        case .poster:
            return [own("POSTER OPTIONS", PosterOptions.options.map { $0.lifted(\.poster) })] + map
                + [shared("PAPER OPTIONS", paper + millimetres), shared("RUN OPTIONS", running), own("SPEC OPTIONS", [spec])]
        case .list:
            return [own("LIST OPTIONS", ListOptions.options.map { $0.lifted(\.list) }), shared("DATA OPTIONS", data)]
        case .bench:
            return [shared("DATA OPTIONS", data)]
        case .validate, .geocode:
            return [shared("DATA OPTIONS", data.filter { ["hub", "encoding", "separator", "sheet"].contains($0.key) })]
        }
    }

    /// Every option `command` takes.
    package static func options(for command: MapCommand) -> [Option<MapOptions>] {
        groups(for: command).flatMap(\.options)
    }

    /// Keys a spec may hold at its top level: the options shared by the commands.
    static var topLevelOptions: [Option<MapOptions>] {
        data + look + size + paper + running
    }

    /// The map's spec for `command`: the look, with the size and resolution the page options
    /// give (a poster is A1 portrait at 150 dpi unless told).
    public func mapSpec(for command: MapCommand) throws -> MapSpec {
        var spec = map
        var page = self.page
        if command == .poster {
            guard page.size == nil else {
                throw JobError("a poster is sized in paper, not pixels: --paper (A0…A4, B0…B5) with --portrait/--landscape, or --width-mm and --height-mm")
            }
            if page.paper == nil {
                switch (page.widthMM, page.heightMM) {
                case (nil, nil): page.paper = .a1
                case (.some, .some): break
                default: throw JobError("a poster of its own size needs both --width-mm and --height-mm")
                }
            }
        }
        try page.apply(to: &spec, defaultLandscape: command != .poster)
        if command == .poster && poster.bleedMM > 0 {
            let edge = 2 * (poster.bleedMM + PosterJob.slugMM) * spec.dpi / 25.4
            try page.checkPixels(spec.size.width + edge, spec.size.height + edge)
        }
        return spec
    }

    /// Every check `command` makes before it starts work (`spec --check` runs the same).
    public func check(for command: MapCommand) throws {
        if MapCommand.withSpecSections.contains(command) { _ = try mapSpec(for: command) }
    }
}
