@testable import CairoCanvas
import CPango
import Testing

/// fontconfig knows exactly the project's fonts once the canvas is set up (they are installed
/// wherever the tests run: the Makefile installs them).
@Suite struct FontConfigurationTests {
    @Test func onlyTheProjectFontsAreKnown() throws {
        #expect(FontConfiguration.isInstalled)
        let pattern = try #require(FcPatternCreate())
        defer { FcPatternDestroy(pattern) }
        let objects = try #require(FcObjectSetCreate())
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_FILE)
        _ = FcObjectSetAdd(objects, FC_FAMILY)
        let set = try #require(FcFontList(nil, pattern, objects))
        defer { FcFontSetDestroy(set) }
        var names: Set<String> = [], families: Set<String> = []
        for i in 0..<Int(set.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(set.pointee.fonts[i], FC_FILE, 0, &value) == FcResultMatch, let value {
                names.insert(String(cString: value).split(separator: "/").last.map(String.init) ?? "")
            }
            if FcPatternGetString(set.pointee.fonts[i], FC_FAMILY, 0, &value) == FcResultMatch, let value {
                families.insert(String(cString: value))
            }
        }
        #expect(families == Set(FontConfiguration.required), "faces of other families: \(families)")
        #expect(!names.isEmpty)
        #expect(names.isSubset(of: Set(FontConfiguration.files)), "unexpected fonts: \(names.subtracting(FontConfiguration.files))")
        #expect(Set(["NotoSans-Regular.ttf", "NotoSansCJK-Regular.ttc", "NotoSansThai-Regular.ttf"]).isSubset(of: names))
    }
}
