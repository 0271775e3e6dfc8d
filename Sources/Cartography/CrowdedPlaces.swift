import MapGeometry
import MapScene
import PartnerData

/// Where the main map is too crowded to label: a trial labelling of every city at the main
/// map's scale, and the groups of nearby cities whose names or markers found no room.
struct CrowdedPlaces {
    let network: Network
    let cities: CityPoints
    let labeller: MapLabeller
    let frame: Rect
    let sizing: Sizing

    /// Candidate inset regions, most troubled first.
    func groups() -> [CrowdFinder.Group] {
        var points: [String: Point] = cities.partners.filter { frame.contains($0.value) }
        if let h = cities.hub, frame.contains(h) { points[network.hub.id] = h }
        guard points.count >= 2 else { return [] }
        // A name moved away from its marker is in trouble too, so a trial of thousands looks
        // for no room farther out (the rings round each of thousands of names, most of the
        // work of finding insets there); the few hundred of a smaller map still take theirs.
        let trial = labeller.draft(network: network, hubPoint: points[network.hub.id], points: points, allowed: frame,
                                   obstacles: [], skip: { _ in false }, map: "trial",
                                   displacing: points.count <= Self.displacedUpTo).labels
        var troubled = Set(trial.filter { $0.status != .placed }.map(\.id))
        troubled.formUnion(hiddenMarkers(points))
        guard !troubled.isEmpty else { return [] }
        var places: [String: LonLat] = [network.hub.id: LonLat(network.hub)]
        for p in network.partners { places[p.id] = LonLat(p) }
        let finder = CrowdFinder(link: 4 * sizing.label, largest: Size(frame.width * 0.34 / 2.5, frame.height * 0.6 / 2.5))
        return finder.groups(points: points, places: places, troubled: troubled)
    }

    /// Up to this many cities, the trial looks for room farther out for names with none by their markers.
    static let displacedUpTo = 1000

    /// Cities whose markers another marker covers by more than about a third.
    private func hiddenMarkers(_ points: [String: Point]) -> Set<String> {
        let hubID = network.hub.id
        var out = Set<String>()
        let ids = points.keys.sorted()
        let pts = ids.map { points[$0]! }
        func radius(_ i: Int) -> Double { ids[i] == hubID ? sizing.hubRadius : sizing.partnerRadius }
        PointGrid(pts, within: sizing.hubRadius + sizing.partnerRadius).forEachClosePair { i, j in
            if pts[i].distance(to: pts[j]) < 0.8 * (radius(i) + radius(j)) { out.insert(ids[i]); out.insert(ids[j]) }
        }
        return out
    }
}
