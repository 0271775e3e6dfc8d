import Basemap
import Foundation
import MapGeometry
import MapScene
import PartnerData

/// A poster page: the paper (and bleed) to lay out, in the map spec's units.
package struct PosterPage: Sendable {
    /// The trimmed paper size.
    package var paper: Size
    /// Bleed around the paper (0: none).
    package var bleed: Double
    /// Room beyond the bleed for crop marks (0 without bleed).
    package var slug: Double
    package init(paper: Size, bleed: Double, slug: Double) { self.paper = paper; self.bleed = bleed; self.slug = slug }
}

/// Composes an exhibition poster: title block, the world map, insets (Southeast Asia and where
/// partners cluster) as panels beside it, legend, a timeline of agreements, the partner table
/// and credits; crop marks when there is bleed. Every map panel is a map plan of its own.
package struct PosterComposer {
    package var spec: MapSpec
    package var page: PosterPage
    package var measurer: TextMeasurer
    package var tableName: String
    package var basemap: @Sendable (DetailLevel) throws -> BasemapLevel

    package init(spec: MapSpec, page: PosterPage, measurer: TextMeasurer, tableName: String,
                basemap: @escaping @Sendable (DetailLevel) throws -> BasemapLevel) {
        self.spec = spec; self.page = page; self.measurer = measurer; self.tableName = tableName; self.basemap = basemap
    }

    /// The partner table's rows, in the order printed: (name in the edition's language, English name).
    package func tableRows(_ network: Network) throws -> [(name: String, english: String)] {
        let u = Sizing(size: page.paper, dpi: spec.dpi).u
        let text = MapText(language: spec.language)
        let theme = Theme.named(spec.theme)
        let table = PartnerTableBlock(network: network, text: text, theme: theme,
                                      styler: PartnerStyler(scheme: spec.colorScheme, theme: theme, years: network.yearRange,
                                                            sizing: Sizing(size: page.paper, dpi: spec.dpi)),
                                      measurer: measurer, unit: u, countryNames: try localCountryNames(text))
        return table.rows.map { ($0.name, $0.english ?? $0.name) }
    }

    /// The poster's scene, its layout and notes for the user.
    package func compose(_ network: Network) throws -> (scene: Scene, layout: PosterLayout, warnings: [String]) {
        let sizing = Sizing(size: page.paper, dpi: spec.dpi)
        let u = sizing.u
        let theme = Theme.named(spec.theme)
        let text = MapText(language: spec.language)
        let styler = PartnerStyler(scheme: spec.colorScheme, theme: theme, years: network.yearRange, sizing: sizing)
        let insets = insetChoices(network)
        let countryNames = try localCountryNames(text)

        let titleFont = text.font(28 * u, bold: true), subtitleFont = text.font(11 * u)
        let title = spec.title ?? text.title(hub: network.hub)
        let subtitle = spec.subtitle ?? text.subtitle(partners: network.partners.count,
                                                      continents: Set(network.partners.map(\.continent)).count, years: network.yearRange)
        let titleHeight = measurer.measure(title, font: titleFont, alignment: .left).height
            + measurer.measure(subtitle, font: subtitleFont, alignment: .left).height + 2 * u
        let legend = Legend(network: network, styler: styler, text: text, theme: theme, sizing: sizing, measurer: measurer)
        let table = PartnerTableBlock(network: network, text: text, theme: theme, styler: styler, measurer: measurer, unit: u,
                                      countryNames: countryNames)
        let chart = TimelineChart(network: network, text: text, theme: theme, styler: styler, measurer: measurer, unit: u)
        let creditFont = text.font(5.6 * u)
        let credits = text.credits(table: tableName, projection: try mainProjectionName(network))
        let creditsHeight = measurer.measure(credits, font: creditFont, alignment: .left).height
        let needs = PosterLayout.Needs(
            title: titleHeight, mapAspect: try mapAspect(network), insetAspects: try insets.map { try insetAspect($0.choice) },
            timeline: chart.naturalHeight, tableHeight: { [table] w in table.height(forWidth: w) }, legend: legend.size, credits: creditsHeight)
        let layout = PosterLayout.make(paper: page.paper, bleed: page.bleed + page.slug,
                                       margin: 0.04 * min(page.paper.width, page.paper.height), gap: 6 * u, needs: needs)

        var items: [SceneItem] = []
        let bleedBox = layout.trim.insetBy(-page.bleed)
        items.append(.fill(Path(rect: bleedBox), theme.background, .nonZero))
        var warnings: [String] = []

        // The world map, with locators for the insets shown beside it.
        var main = panelSpec(size: layout.map, sizing: page.paper)
        main.externalInsets = insets.map(\.choice)
        main.overlays = []
        let mainPlan = try planner(main).plan(network)
        warnings += mainPlan.warnings
        items.append(panel(mainPlan, in: layout.map))
        // The insets: regional maps of their own with a caption.
        for (inset, box) in zip(insets, layout.insets) {
            var s = panelSpec(size: box, sizing: page.paper)
            s.extent = .box(inset.choice.region)
            s.projection = .automatic
            s.centerLon = nil; s.centerLat = nil
            s.overlays = [.title]
            s.title = text.insetCaption(inset.choice, continent: inset.continent)
            s.subtitle = ""
            s.titleSize = 8.5
            s.frameMargin = 2 * u
            let plan = try planner(s).plan(network)
            warnings += plan.warnings.filter { !warnings.contains($0) }
            items.append(panel(plan, in: box))
            items.append(.stroke(Path(rect: box), Stroke(color: theme.panelEdge, width: max(0.5 * u, 0.5), join: .miter)))
        }
        let subtitleY = layout.title.minY + measurer.measure(title, font: titleFont, alignment: .left).height
        items.append(.text(TextBlock(text: title, font: titleFont, origin: Point(layout.title.minX, layout.title.minY), color: theme.text)))
        items.append(.text(TextBlock(text: subtitle, font: subtitleFont, origin: Point(layout.title.minX, subtitleY + u), color: theme.mutedText)))
        items += legend.items(at: Point(layout.legend.minX, layout.legend.minY))
        items += chart.items(in: layout.timeline)
        items += table.items(in: layout.table)
        items.append(.text(TextBlock(text: credits, font: creditFont, origin: Point(layout.credits.minX, layout.credits.minY), color: theme.mutedText)))
        if page.bleed > 0 { items += cropMarks(layout.trim, bleed: page.bleed, length: page.slug * 0.75, width: max(0.25 * spec.dpi / 72, 0.5)) }

        var scene = Scene(size: layout.page.size, dpi: spec.dpi, background: nil, layers: [Layer(name: "poster", items: items)],
                          metadata: SceneMetadata(title: title, subject: subtitle, creator: "partnermap"))
        scene.trimBox = layout.trim
        scene.bleedBox = bleedBox
        return (scene, layout, warnings)
    }

    /// The insets: those asked for (ASEAN only where it has partners), and by default also
    /// where partners cluster elsewhere (Europe for Nanning).
    func insetChoices(_ network: Network) -> [(choice: InsetChoice, continent: Continent?)] {
        var out: [(InsetChoice, Continent?)] = []
        for c in spec.insets {
            let inside = ([network.hub] + network.partners).filter { c.region.contains(LonLat($0)) }
            if c == .asean && inside.count < 2 { continue }
            let continents = Dictionary(grouping: inside, by: \.continent).max { $0.value.count < $1.value.count }?.key
            out.append((c, continents))
        }
        if spec.insets == [.asean], let cluster = ClusterFinder.cluster(network, excluding: out.map { $0.0.region }) {
            out.append((.box(cluster.region), cluster.continent))
        }
        return out
    }

    private func panelSpec(size box: Rect, sizing base: Size) -> MapSpec {
        var s = spec
        s.size = Size(box.width, box.height)
        s.sizingBase = base
        s.frameMargin = 0
        s.insets = []
        s.useThemeBackground = false
        s.background = nil
        let allowed: Set<MapLayer> = [.sphere, .graticule, .land, .countries, .borders, .arcs, .cities, .inset, .labels, .title]
        s.layers = spec.layers.intersection(allowed)
        return s
    }

    private func planner(_ s: MapSpec) -> MapPlanner {
        MapPlanner(spec: s, measurer: measurer, tableName: tableName, basemap: basemap)
    }

    /// A map plan's picture placed in its box, clipped to it.
    private func panel(_ plan: MapPlan, in box: Rect) -> SceneItem {
        let items = SceneAssembler(plan: plan).scene().layers.flatMap(\.items)
        return .translated(dx: box.minX, dy: box.minY, [.clipped(Rect(x: 0, y: 0, width: box.width, height: box.height), items)])
    }

    /// Width/height of the world map in its projection (a regional map takes the panel's shape).
    private func mapAspect(_ network: Network) throws -> Double {
        var s = spec
        s.size = Size(1000, 1000)
        s.frameMargin = 0
        s.insets = []
        let plan = try planner(s).plan(network)
        guard let b = plan.sphere.bounds, b.height > 1, b.width < 999 || b.height < 999 else { return 1.6 }
        return b.width / b.height
    }

    private func mainProjectionName(_ network: Network) throws -> String {
        if case .preset(let p) = spec.projection { return p.title }
        if case .custom(let t) = spec.projection { return t }
        return ProjectionPreset.equalEarth.title
    }

    private func insetAspect(_ choice: InsetChoice) throws -> Double {
        let r = choice.region
        let setup = ProjectionSetup.preset(.lambertConformal, center: r.center, latitudes: r.south...r.north)
        let probe = try MapProjection(setup: setup, frame: Rect(x: 0, y: 0, width: 1000, height: 1000), fit: .box(r))
        guard let b = probe.polygonPath([r.ring()]).bounds, b.height > 0 else { return 1.2 }
        return b.width / b.height
    }

    /// Country names in the edition's language from the basemap's attributes, by ISO code.
    private func localCountryNames(_ text: MapText) throws -> [String: String] {
        guard let key = text.countryNameKey else { return [:] }
        var names: [String: String] = [:]
        let medium = (try? basemap(.medium))?.features ?? []
        for f in try basemap(.low).features + medium {
            if names[f.attributes.iso2] == nil, let n = f.attributes.names[key], !n.isEmpty { names[f.attributes.iso2] = n }
        }
        return names
    }

    /// Crop marks at the trim corners, in the slug beyond the bleed.
    private func cropMarks(_ trim: Rect, bleed: Double, length: Double, width: Double) -> [SceneItem] {
        let stroke = Stroke(color: .black, width: width, cap: .butt)
        var items: [SceneItem] = []
        let gap = bleed + width * 4
        for (x, y, sx, sy) in [(trim.minX, trim.minY, -1.0, -1.0), (trim.maxX, trim.minY, 1, -1), (trim.minX, trim.maxY, -1, 1), (trim.maxX, trim.maxY, 1, 1)] {
            items.append(.stroke(Path(polyline: [Point(x + sx * gap, y), Point(x + sx * (gap + length), y)]), stroke))
            items.append(.stroke(Path(polyline: [Point(x, y + sy * gap), Point(x, y + sy * (gap + length))]), stroke))
        }
        return items
    }
}
