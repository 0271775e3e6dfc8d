import Cartography
import Foundation
import MapGeometry
import MapJobs
import OptionModel
import Testing
import TestSupport

/// The option model: one declaration per option makes the command line, specs, help, example
/// and completion, and they agree.
@Suite struct MapOptionsTests {
    func spec(_ words: [String], for command: MapCommand = .render) throws -> MapSpec {
        try MapOptions.parse(command, arguments: words).mapSpec(for: command)
    }

    @Test func defaultsAreAFullHDScreenMapAndAnA1PortraitPoster() throws {
        let map = try spec([])
        #expect(map.size.width == 1920 && map.size.height == 1080 && map.dpi == 96)
        #expect(map.layers == MapLayer.defaults)
        let poster = try spec([], for: .poster)
        #expect(abs(poster.size.width - 594 / 25.4 * 150) < 1e-9 && abs(poster.size.height - 841 / 25.4 * 150) < 1e-9)
    }

    @Test func paperSizesFollowISO216AtTheGivenResolution() throws {
        let map = try spec(["--paper", "a0", "--portrait", "--dpi", "100"])
        #expect(abs(map.size.width - 841 / 25.4 * 100) < 1e-9)
        #expect(abs(map.size.height - 1189 / 25.4 * 100) < 1e-9)
        let landscape = try spec(["--paper", "A4", "--landscape", "--dpi", "100"], for: .poster)
        #expect(landscape.size.width > landscape.size.height)
    }

    @Test(arguments: [
        ["--size", "1920"], ["--size", "0x10"], ["--center", "200"], ["--center", "10,95"], ["--extent", "1,2,3"],
        ["--layers", "arcs,rivers"], ["--background", "blue"], ["--color", "rainbow"], ["--lang", "fr"], ["--paper", "C5"],
        ["--size", "100x100", "--paper", "A4"], ["--dpi", "5"], ["--tolerance", "abc"], ["--inset", "none", "--inset", "asean"],
        ["--colour", "year"], ["--projection"], ["stray"], ["--gradient=maybe"], ["--projection", "+proj=nonsense"],
        ["--no-portrait"], ["--data="], ["--basemap", ""], ["--", "x"],
    ])
    func badValuesAreRejectedWithAMessage(words: [String]) {
        #expect(throws: JobError.self) { try spec(words) }
    }

    /// Outputs past the pixel limit are refused before anything is drawn, naming the limit; an
    /// A0 poster at 300 dpi with bleed is within it.
    @Test func absurdPixelCountsAreRefusedNamingTheLimit() throws {
        for (command, words) in [(MapCommand.render, ["--size", "32767x32767"]), (.render, ["--paper", "A0", "--dpi", "1200"]),
                                 (.poster, ["--paper", "A0", "--dpi", "690", "--bleed", "20"])] {
            do {
                _ = try spec(words, for: command)
                Issue.record("\(words) should be refused")
            } catch {
                #expect("\(error)".contains("pixels"), "\(error)")
            }
        }
        _ = try spec(["--paper", "A0", "--dpi", "300", "--bleed", "20"], for: .poster)
        _ = try spec(["--size", "32767x32767", "--max-pixels", "1100000000"])
        #expect(throws: JobError.self) { try spec(["--size", "640x480", "--max-pixels", "300000"]) }
    }

    @Test func valuesParseTyped() throws {
        let map = try spec(["--center=-100", "--extent", "-20,-10,40,30", "--inset", "95,-10,130,25", "--inset", "asean",
                            "--color", "YEAR", "--no-gradient", "--highlight-countries", "--detail", "high"])
        #expect(map.centerLon == -100 && map.centerLat == nil)
        #expect(map.extent == .box(GeoBox(west: -20, south: -10, east: 40, north: 30)!))
        #expect(map.insets.count == 2 && map.insets[1] == .asean)
        #expect(map.colorScheme == .year && !map.gradientArcs && map.highlightCountries && map.detail == .high)
        #expect(try spec(["--inset", "none"]).insets.isEmpty)
    }

    @Test func unknownOptionsSuggestTheNearestName() {
        do {
            _ = try MapOptions.parse(.render, arguments: ["--projektion", "robinson"])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("did you mean '--projection'"))
        }
    }

    @Test func theCommandLineOverridesTheSpecAndListsReplaceTheSpecs() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.file("spec.yml")
        try "color: year\ntheme: dark\ninset: [asean, \"170,-30,-170,0\"]\nsize: 800x600\nposter:\n  lang: zh\n  output: p.pdf\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let o = try MapOptions.parse(.render, arguments: ["--spec", path, "--color", "relation", "--inset", "asean"])
        #expect(o.map.colorScheme == .relation && o.map.theme == .dark)
        #expect(o.map.insets == [.asean], "the command line's insets replace the spec's")
        #expect(o.page.size == PixelSize(width: 800, height: 600))
        #expect(o.map.language == .en, "a section's option is for its command only")
        let poster = try MapOptions.parse(.poster, arguments: ["--spec", path])
        #expect(poster.map.language == .zh && poster.poster.output == s.file("p.pdf"), "paths are relative to the spec")
        #expect(poster.page.size == nil, "a spec's pixel size is for render and frames, not posters")
        #expect(throws: JobError.self) { try MapOptions.parse(.poster, arguments: ["--size", "800x600"]) }
    }

    /// Posters come in the A and B series or any size in millimetres, at 150 dpi unless told.
    @Test func postersTakeBSeriesAndCustomSizes() throws {
        func pixels(_ words: [String]) throws -> (Int, Int) {
            let spec = try MapOptions.parse(.poster, arguments: words).mapSpec(for: .poster)
            return (Int(spec.size.width.rounded()), Int(spec.size.height.rounded()))
        }
        #expect(try pixels(["--paper", "B2"]) == (2953, 4175), "500 × 707 mm at 150 dpi")
        #expect(try pixels(["--paper", "B1", "--landscape", "--dpi", "72"]) == (2835, 2004))
        #expect(try pixels(["--width-mm", "600", "--height-mm", "900"]) == (3543, 5315))
        #expect(try pixels([]) == (3508, 4967), "A1 portrait by default")
        #expect(throws: JobError.self) { try pixels(["--width-mm", "600"]) }
    }

    /// Every option a spec may hold is in the example, with its default; the example reads back
    /// as the defaults (plus its example outputs).
    @Test func theExampleHoldsEveryOptionAndReadsBackAsTheDefaults() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.file("example.yml")
        try SpecExample.text.write(toFile: path, atomically: true, encoding: .utf8)
        try MapOptions.checkSpec(path)
        let defaults = MapOptions()
        for command in MapCommand.withSpecSections {
            let read = try MapOptions.parse(command, arguments: ["--spec", path])
            for option in MapOptions.options(for: command) where !option.commandLineOnly && option.key != "spec" {
                #expect(SpecExample.text.contains("\n" + option.key + ":") || SpecExample.text.contains("  " + option.key + ":")
                        || SpecExample.text.contains("# " + option.key + ":"), "\(option.key) is in the example")
                if option.key != "output" {
                    #expect(option.text(in: read) == option.text(in: defaults), "\(command): \(option.key) reads back as its default")
                }
            }
        }
    }

    /// `spec --check` makes the commands' own checks, not only each value's.
    @Test func specCheckRunsTheCommandsChecks() throws {
        let s = try Scratch()
        defer { s.remove() }
        let path = s.file("spec.yml")
        try "size: 800x600\npaper: A3\n".write(toFile: path, atomically: true, encoding: .utf8)
        _ = try SpecFile.load(path)
        #expect(throws: JobError.self) { try MapOptions.checkSpec(path) }
        try "projection: +proj=nonsense\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: JobError.self) { try MapOptions.checkSpec(path) }
        try "projection: \"+proj=robin +lon_0=150\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        try MapOptions.checkSpec(path)
    }

    @Test func helpListsEveryOptionWithItsChoicesAndDefault() {
        for command in MapCommand.allCases {
            let help = CommandRunner.help(for: command)
            for option in MapOptions.options(for: command) { #expect(help.contains("--" + option.key), "\(command) help lists --\(option.key)") }
        }
        let render = CommandRunner.help(for: .render)
        #expect(render.contains("(values: light, dark, print) (default: light)"))
    }

    @Test func completionOffersNamesThenChoices() {
        #expect(CommandRunner.completions(for: .render, ["partnermap", "render", "--th"], 2, "--th") == ["--theme", "--threads"])
        #expect(CommandRunner.completions(for: .render, ["partnermap", "render", "--theme", ""], 3, "") == ["light", "dark", "print"])
        #expect(CommandRunner.completions(for: .poster, ["partnermap", "poster", "--gr"], 2, "--gr") == ["--gradient"])
    }

    /// Names are unique within each command, so no option hides another.
    @Test func namesAreUniquePerCommand() {
        for command in MapCommand.allCases {
            let names = MapOptions.options(for: command).flatMap(\.names)
            #expect(Set(names).count == names.count, "\(command): \(names)")
        }
    }
}

@Suite struct SourceDateTests {
    @Test func sourceDateEpochIsReadAsSecondsInUTC() {
        #expect(SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"]) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(SourceDate.fromEnvironment([:]) == nil)
        #expect(SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "yesterday"]) == nil)
        #expect(SourceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "-5"]) == nil)
    }
}
