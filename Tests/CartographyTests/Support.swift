import Basemap
import CairoCanvas
import Cartography
import Foundation
import MapJobs
import MapScene
import PartnerData

/// Shared inputs for the cartography tests: the Nanning table, the basemap, a text measurer.
enum Fixture {
    nonisolated(unsafe) static let inputs: MapInputs = try! MapInputs.load(DataOptions())

    /// The plan of a render with these command-line options.
    static func plan(_ words: [String] = [], network: Network? = nil) throws -> MapPlan {
        let spec = try MapOptions.parse(.render, arguments: words).mapSpec(for: .render)
        return try inputs.planner(spec: spec).plan(network ?? inputs.network)
    }

    /// A synthetic network: a hub and partners at the given positions.
    static func network(hub: (Double, Double), partners: [(Double, Double)], continent: Continent = .europe) -> Network {
        let h = City(id: "hub", names: [.en: "Hub"], country: "X", iso2: "AT", continent: continent, lat: hub.1, lon: hub.0,
                     relation: .hub, year: nil)
        let ps = partners.enumerated().map { i, p in
            City(id: "p\(i)", names: [.en: "Partner \(i)"], country: "X", iso2: "AT", continent: continent,
                 lat: p.1, lon: p.0, relation: i % 3 == 0 ? .friendlyExchange : .sister, year: 1990 + i)
        }
        return Network(hub: h, partners: ps, source: "test")
    }
}

extension Rect {
    /// Overlap beyond rounding (half a pixel).
    func overlapsClearly(_ o: Rect) -> Bool {
        minX < o.maxX - 0.5 && o.minX < maxX - 0.5 && minY < o.maxY - 0.5 && o.minY < maxY - 0.5
    }
}

