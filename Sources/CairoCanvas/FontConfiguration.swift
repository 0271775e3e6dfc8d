import CPango

/// The fonts partnermap sets type in, and a fontconfig configuration that knows only them.
///
/// Every label, title and table is set in Noto Sans, Noto Sans CJK and Noto Sans Thai (in an
/// order that depends on the language). With the system's configuration fontconfig parses some
/// sixty files and Pango sorts all installed fonts (hundreds with fonts-noto-core) for every
/// font it is asked for, on the measuring and on the drawing side; that was a tenth of the time
/// to make a map. A configuration holding only these fonts, found in the usual font directories
/// through the system's font caches, gives the same glyphs in a fraction of the time, and a
/// stray system font can never stand in for them. Where they are not installed, the system's
/// configuration stays in use.
enum FontConfiguration {
    /// Font files by name (any directory): regular, bold and italic of each family.
    static let files = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
                        "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc",
                        "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"]
    /// The families used, and the only faces kept from those files (a CJK collection also holds
    /// the Japanese, Korean, traditional Chinese and monospaced faces, which would only make
    /// every font match sort more). They must all be found for the configuration to be used.
    static let required = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Thai"]

    /// The configuration as fontconfig XML: the standard font and cache directories, and a
    /// selection that accepts only `files` and, of their faces, only the `required` families.
    static var xml: String {
        let accepted = files.map { "      <glob>*/\($0)</glob>" }.joined(separator: "\n") + "\n"
            + required.map { "      <pattern><patelt name=\"family\"><string>\($0)</string></patelt></pattern>" }.joined(separator: "\n")
        return """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts</dir>
          <dir>/usr/local/share/fonts</dir>
          <dir prefix="xdg">fonts</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
          <cachedir prefix="xdg">fontconfig</cachedir>
          <selectfont>
            <acceptfont>
        \(accepted)
            </acceptfont>
            <rejectfont><glob>*.*</glob><pattern></pattern></rejectfont>
          </selectfont>
        </fontconfig>
        """
    }

    /// Whether the project's configuration is fontconfig's current one (false: the system's).
    /// Made current once per process, before Pango creates a font map.
    static let isInstalled: Bool = {
        guard let config = FcConfigCreate() else { return false }
        let parsed = xml.withCString { FcConfigParseAndLoadFromMemory(config, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self), FcTrue) }
        guard parsed == FcTrue, FcConfigBuildFonts(config) == FcTrue,
              required.allSatisfy({ has($0, in: config) }) else {
            FcConfigDestroy(config)
            return false
        }
        // No rescans: fonts installed while a process runs would make fontconfig reload the
        // system's configuration in place of this one (seen when a package added fonts mid-test).
        _ = FcConfigSetRescanInterval(config, 0)
        let made = FcConfigSetCurrent(config) == FcTrue
        FcConfigDestroy(config)  // the current configuration keeps its own reference
        return made
    }()

    private static func has(_ family: String, in config: OpaquePointer) -> Bool {
        guard let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { FcPatternAddString(pattern, FC_FAMILY, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }
        guard let set = FcFontList(config, pattern, nil) else { return false }
        defer { FcFontSetDestroy(set) }
        return set.pointee.nfont > 0
    }
}
