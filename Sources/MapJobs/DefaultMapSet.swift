import Cartography
import Foundation

/// The maps `partnermap` renders when run without arguments: the default Nanning map as PNG,
/// PDF and SVG in out/.
public enum DefaultMapSet {
    public struct Item: Sendable {
        public var file: String
        public var values: MapOptionValues
    }

    public static func items() -> [Item] {
        ["png", "pdf", "svg"].map { Item(file: "nanning.\($0)", values: MapOptionValues()) }
    }

    /// Renders every item into `directory` (created if missing).
    public static func render(into directory: String, data: DataOptions = DataOptions(),
                              progress: (String) -> Void = { _ in }) throws -> JobResult {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var result = JobResult()
        for item in items() {
            let spec = try SpecBuilder.build(item.values)
            let path = (directory as NSString).appendingPathComponent(item.file)
            let r = try RenderJob(data: data, spec: spec, output: path).run()
            result.written += r.written
            for w in r.warnings where !result.warnings.contains(w) { result.warnings.append(w) }
            r.written.forEach(progress)
        }
        return result
    }
}
