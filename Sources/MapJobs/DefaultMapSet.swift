import Cartography
import Foundation

/// What `partnermap` makes when run without arguments, one of each use: the default Nanning
/// map as PNG, PDF and SVG; an A1 poster (PDF); the yearly animation frames; and the README
/// gallery (each colour scheme and theme in English and Chinese, 960 px wide, and a poster
/// thumbnail) in out/gallery/.
package enum DefaultMapSet {
    package struct Item: Sendable {
        package var file: String
        package var options: MapOptions
    }

    package static func items(data: DataOptions = DataOptions()) -> [Item] {
        var base = MapOptions()
        base.data = data
        var items = ["png", "pdf", "svg"].map { Item(file: "nanning.\($0)", options: base) }
        let gallery: [(color: ColorScheme, theme: ThemeName, lang: LabelLanguage)] = [
            (.continent, .light, .en), (.year, .light, .en), (.relation, .light, .en),
            (.continent, .dark, .en), (.continent, .print, .en),
            (.continent, .light, .zh), (.year, .dark, .zh), (.relation, .print, .zhEn),
        ]
        for g in gallery {
            var o = base
            o.page.size = PixelSize(width: 960, height: 540)
            o.map.colorScheme = g.color
            o.map.theme = g.theme
            o.map.language = g.lang
            // Gallery images are committed: smallest files.
            o.render.pngCompression = 9
            let lang = g.lang.rawValue.replacingOccurrences(of: "+", with: "-")
            items.append(Item(file: "gallery/nanning-\(g.color.rawValue)-\(g.theme.rawValue)-\(lang).png", options: o))
        }
        return items
    }

    /// Renders every item into `directory` (created if missing).
    package static func render(into directory: String, data: DataOptions = DataOptions(),
                              progress: (String) -> Void = { _ in }) throws -> JobResult {
        var result = JobResult()
        for item in items(data: data) {
            var o = item.options
            o.render.output = (directory as NSString).appendingPathComponent(item.file)
            try FileManager.default.createDirectory(atPath: ((o.render.output ?? "") as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            let r = try RenderJob(options: o).run()
            result.written += r.written
            for w in r.warnings where !result.warnings.contains(w) { result.warnings.append(w) }
            r.written.forEach(progress)
        }
        let posters: [(String, LabelLanguage, Double)] = [("nanning-poster-a1.pdf", .en, 150), ("gallery/nanning-poster-a1-zh.png", .zh, 30)]
        for (file, lang, dpi) in posters {
            var o = MapOptions()
            o.data = data
            o.map.language = lang
            o.page.dpi = dpi
            o.poster.output = (directory as NSString).appendingPathComponent(file)
            var job = PosterJob(options: o)
            job.pngCompression = 9
            let r = try job.run()
            result.written += r.written
            r.written.forEach(progress)
        }
        var o = MapOptions()
        o.data = data
        o.frames.animation.undated = .end
        o.frames.output = (directory as NSString).appendingPathComponent("frames")
        let frames = try FramesJob(options: o).run()
        result.written += frames.written
        frames.written.forEach(progress)
        return result
    }
}
