import Cartography
import Foundation

/// What `partnermap` makes when run without arguments, one of each use: the default Nanning
/// map as PNG, PDF and SVG; an A1 poster (PDF); the yearly animation frames; and the README
/// gallery (each colour scheme and theme in English and Chinese, 960 px wide, and a poster
/// thumbnail) in out/gallery/.
public enum DefaultMapSet {
    public struct Item: Sendable {
        public var file: String
        public var values: MapOptionValues
    }

    public static func items() -> [Item] {
        var items = ["png", "pdf", "svg"].map { Item(file: "nanning.\($0)", values: MapOptionValues()) }
        let gallery: [(color: String, theme: String, lang: String)] = [
            ("continent", "light", "en"), ("year", "light", "en"), ("relation", "light", "en"),
            ("continent", "dark", "en"), ("continent", "print", "en"),
            ("continent", "light", "zh"), ("year", "dark", "zh"), ("relation", "print", "zh+en"),
        ]
        for g in gallery {
            var v = MapOptionValues()
            v.size = "960x540"
            v.color = g.color
            v.theme = g.theme
            v.lang = g.lang
            let lang = g.lang.replacingOccurrences(of: "+", with: "-")
            items.append(Item(file: "gallery/nanning-\(g.color)-\(g.theme)-\(lang).png", values: v))
        }
        return items
    }

    /// Renders every item into `directory` (created if missing).
    public static func render(into directory: String, data: DataOptions = DataOptions(),
                              progress: (String) -> Void = { _ in }) throws -> JobResult {
        var result = JobResult()
        for item in items() {
            let spec = try SpecBuilder.build(item.values)
            let path = (directory as NSString).appendingPathComponent(item.file)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            var job = RenderJob(data: data, spec: spec, output: path)
            // Gallery images are committed: smallest files.
            if item.file.hasPrefix("gallery/") { job.pngLevel = 12 }
            let r = try job.run()
            result.written += r.written
            for w in r.warnings where !result.warnings.contains(w) { result.warnings.append(w) }
            r.written.forEach(progress)
        }
        let posters: [(String, String, Double)] = [("nanning-poster-a1.pdf", "en", 150), ("gallery/nanning-poster-a1-zh.png", "zh", 30)]
        for (file, lang, dpi) in posters {
            var v = MapOptionValues()
            v.lang = lang
            v.dpi = dpi
            var job = PosterJob(data: data, values: v, bleedMM: 0, output: (directory as NSString).appendingPathComponent(file))
            job.pngLevel = 12
            let r = try job.run()
            result.written += r.written
            r.written.forEach(progress)
        }
        var animation = AnimationOptions()
        animation.undated = .end
        let frames = try FramesJob(data: data, spec: try SpecBuilder.build(MapOptionValues()), animation: animation,
                                   directory: (directory as NSString).appendingPathComponent("frames")).run()
        result.written += frames.written
        frames.written.forEach(progress)
        return result
    }
}
