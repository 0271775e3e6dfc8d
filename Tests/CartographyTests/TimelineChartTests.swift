@testable import Cartography
import MapScene
import PartnerData
import Testing

/// The poster's chart of agreements by year keeps its marks in its box: a square a partner for
/// a network of tens or hundreds, a bar a year split by colour for thousands.
@Suite struct TimelineChartTests {
    static func chart(_ network: Network) throws -> (TimelineChart, Rect) {
        let plan = try Fixture.plan(network: network)
        let theme = Theme.named(.light)
        let chart = TimelineChart(network: network, text: plan.text, theme: theme, styler: plan.styler, measurer: plan.measurer, unit: 2)
        return (chart, Rect(x: 40, y: 900, width: 1600, height: chart.naturalHeight))
    }

    @Test(arguments: [26, 400, 10_000])
    func marksStayInTheBox(partners: Int) throws {
        var network = partners == 26 ? Fixture.inputs.network : ScaleTests.world(partners)
        if partners == 10_000 { for i in stride(from: 0, to: network.partners.count, by: 9) { network.partners[i].year = nil } }
        let (chart, box) = try Self.chart(network)
        let fills = chart.items(in: box).compactMap { item -> Rect? in
            if case .fill(let path, _, _) = item { return path.bounds }
            return nil
        }
        for r in fills { #expect(box.insetBy(-0.5).contains(r), "a mark at \(r) leaves the chart \(box)") }
        let dated = network.partners.filter { $0.year != nil }.count, undated = network.partners.count - dated
        let years = Set(network.partners.compactMap(\.year)).count
        if partners == 10_000 {
            // A bar part a year and colour, and one for the undated.
            #expect(fills.count <= years * Continent.allCases.count + 1)
            #expect(fills.count >= years)
        } else {
            #expect(fills.count == dated + undated)
        }
    }
}
