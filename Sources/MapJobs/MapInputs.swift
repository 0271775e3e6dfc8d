import Basemap
import CairoCanvas
import Cartography
import Foundation
import PartnerData

/// The loaded inputs of a map: the network, the basemap with its levels, and a text measurer.
package struct MapInputs {
    package var network: Network
    package var tableName: String
    package var basemap: Basemap
    /// The basemap's credit (nil: the shipped Natural Earth).
    package var basemapCredit: String?
    package var measurer: PangoTextMeasurer
    /// The basemap's levels, each loaded once for every map made with these inputs.
    package var levels: LevelCache
    /// Basemaps projected for earlier maps of these inputs (nil for a single map).
    package var projectedBasemaps: ProjectedBasemaps?

    package static func load(_ data: DataOptions) throws -> MapInputs {
        let network = try data.network()
        let basemap = try BasemapImportJob.open(data.basemap)
        return MapInputs(network: network, tableName: data.tableName, basemap: basemap,
                         basemapCredit: try basemap.info().credit, measurer: PangoTextMeasurer(), levels: LevelCache(basemap))
    }

    /// A planner for this network with a spec; basemap levels are loaded once each.
    package func planner(spec: MapSpec) -> MapPlanner {
        var planner = MapPlanner(spec: spec, measurer: measurer, tableName: tableName, basemap: levelLoader())
        planner.basemapCredit = basemapCredit
        planner.projectedBasemaps = projectedBasemaps
        return planner
    }

    /// Loads basemap levels, each once however often asked, from any thread.
    package func levelLoader() -> @Sendable (DetailLevel) throws -> BasemapLevel {
        let cache = levels
        return { try cache.level($0) }
    }
}

/// Loads each basemap level at most once.
/// Safe to use from any thread (the planner's helpers, a batch's workers).
package final class LevelCache: @unchecked Sendable {
    private let basemap: Basemap
    private let lock = NSLock()
    private var levels: [DetailLevel: BasemapLevel] = [:]
    init(_ b: Basemap) { basemap = b }
    func level(_ d: DetailLevel) throws -> BasemapLevel {
        lock.lock()
        defer { lock.unlock() }
        if let l = levels[d] { return l }
        let l = try basemap.load(d)
        levels[d] = l
        return l
    }
}

/// Inputs loaded once for many maps in one process (a batch): each table's network, each basemap
/// with its levels and the projections of it made so far, one text measurer; and plans, so that maps of one framing in several formats
/// are planned once. Safe to use from any thread.
package final class SharedInputs: @unchecked Sendable {
    private let lock = NSLock()
    private let measurer = PangoTextMeasurer()
    private var basemaps: [String: (basemap: Basemap, credit: String?, levels: LevelCache, projected: ProjectedBasemaps)] = [:]
    private var networks: [String: Network] = [:]
    private var plans: [String: MapPlan] = [:]
    /// Keys of the plans kept, oldest first: a long session (the editor, after every edit)
    /// keeps the latest `planCapacity`, and a plan dropped too soon is only made again.
    private var planOrder: [String] = []
    private let planCapacity = 16
    private var made = 0

    /// The bases of maps drawn so far, for PNG maps of a framing already drawn.
    package let baseRasters = BaseRasters()

    package init() {}

    /// Plans made so far (maps of one framing in several formats share one).
    package var plansMade: Int { locked { made } }

    /// The inputs of a map with these data options, loaded on first use.
    package func inputs(_ data: DataOptions) throws -> MapInputs {
        let tableKey = Self.key(data)
        let cachedNetwork = locked { tableKey.flatMap { networks[$0] } }
        let network = try cachedNetwork ?? data.network()
        if let tableKey, cachedNetwork == nil { locked { networks[tableKey] = network } }
        let opened = try locked { basemaps[data.basemap] } ?? {
            let b = try BasemapImportJob.open(data.basemap)
            let entry = (basemap: b, credit: try b.info().credit, levels: LevelCache(b), projected: ProjectedBasemaps())
            return locked { basemaps[data.basemap] ?? { basemaps[data.basemap] = entry; return entry }() }
        }()
        return MapInputs(network: network, tableName: data.tableName, basemap: opened.basemap, basemapCredit: opened.credit,
                         measurer: measurer, levels: opened.levels, projectedBasemaps: opened.projected)
    }

    /// The plan stored under `key`, made by `make` on first use.
    package func plan(_ key: String, _ make: () throws -> MapPlan) throws -> MapPlan {
        if let p = locked({ plans[key] }) { return p }
        let p = try make()
        locked {
            if plans.updateValue(p, forKey: key) == nil { planOrder.append(key) }
            made += 1
            while planOrder.count > planCapacity { plans[planOrder.removeFirst()] = nil }
        }
        return p
    }

    /// Drops a plan no later map needs.
    package func forgetPlan(_ key: String) {
        locked {
            plans[key] = nil
            planOrder.removeAll { $0 == key }
        }
    }

    /// A table's identity among the inputs (nil: bytes or a network given in memory, not kept).
    private static func key(_ data: DataOptions) -> String? {
        switch data.table {
        case .shipped, .file: return String(reflecting: data)
        case .data, .network: return nil
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
