import Basemap
import CairoCanvas
import Cartography
import Foundation
import MapGeometry
import MapScene

/// `partnermap bench`: medians of the stages of making maps, in this process (use a release build).
public struct BenchJob {
    public var data: DataOptions
    public var runs: Int

    public init(data: DataOptions = DataOptions(), runs: Int = 7) {
        self.data = data
        self.runs = max(1, runs)
    }

    /// Times stages over `runs` repetitions and returns a report of medians.
    public func run() throws -> String {
        var samples: [String: [Double]] = [:]
        var order: [String] = []
        func record(_ name: String, _ seconds: Double) {
            if samples[name] == nil { order.append(name) }
            samples[name, default: []].append(seconds)
        }
        func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let r = try body()
            record(name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            return r
        }
        let inputs = try MapInputs.load(data)
        let basemap = inputs.basemap
        for _ in 0..<runs {
            for level in DetailLevel.allCases {
                _ = try time("basemap load \(level.rawValue)") { try basemap.load(level) }
            }
            let high = try basemap.load(.high)
            let projection = try MapProjection(setup: .preset(.equalEarth, center: LonLat(lon: 150, lat: 0)),
                                               frame: Rect(x: 0, y: 0, width: 1920, height: 1080), fit: .world)
            _ = time("project + clip full 10m basemap (land, borders, coasts)") {
                (projection.polygonsPath(points: high.points, rings: high.rings, polygons: high.polygons),
                 projection.linesPath(points: high.borders.points, lines: high.borders.lines),
                 projection.linesPath(points: high.coastlines.points, lines: high.coastlines.lines))
            }
            for format in [OutputFormat.png, .pdf] {
                let spec = try SpecBuilder.build(MapOptionValues())
                let tag = "map 1920x1080 \(format.rawValue)"
                let total = DispatchTime.now().uptimeNanoseconds
                let plan = try time("\(tag): plan") { try inputs.planner(spec: spec).plan(inputs.network) }
                for s in plan.times.stages { record("\(tag):   plan › \(s.name)", s.seconds) }
                let scene = time("\(tag): assemble scene") { SceneAssembler(plan: plan).scene() }
                if format == .png {
                    let image = try RasterImage(width: Int(spec.size.width), height: Int(spec.size.height))
                    time("\(tag): draw") { image.draw(scene) }
                    _ = time("\(tag): encode PNG") { image.png(dpi: spec.dpi) }
                } else {
                    _ = try time("\(tag): draw + write PDF") { try SceneRenderer().render(scene, as: .pdf) }
                }
                record("\(tag): total (in process)", Double(DispatchTime.now().uptimeNanoseconds - total) / 1e9)
            }
        }
        var out = "partnermap bench: medians of \(runs) runs (in-process; whole-process times: make bench)\n"
        let width = order.map(\.count).max() ?? 0
        for name in order {
            let v = samples[name]!.sorted()
            let median = v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
            out += name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %8.1f ms\n", median * 1000)
        }
        return out
    }
}
