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
    /// The basemap's credit; nil for the shipped Natural Earth basemap.
    package var basemapCredit: String?
    package var basemap: @Sendable (DetailLevel) throws -> BasemapLevel
    /// Country names by language (CLDR), where the basemap has none in the edition's language.
    package var countryNames = CountryNames.empty
    /// Whether a partner table too long for the page goes on over pages of its own (a PDF's);
    /// else it stops at the foot of the page, and a warning says who is left out.
    package var tableContinues = false

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

    /// The poster's scene, its layout (and where each panel put what) and notes for the user.
    package func compose(_ network: Network) throws -> (scene: Scene, layout: PosterLayout, facts: LayoutFacts, warnings: [String]) {
        let sizing = Sizing(size: page.paper, dpi: spec.dpi)
        let u = sizing.u
        let theme = Theme.named(spec.theme)
        let text = MapText(language: spec.language)
        let styler = PartnerStyler(scheme: spec.colorScheme, theme: theme, years: network.yearRange, sizing: sizing)
        let insets = try insetChoices(network)
        let countryNames = try localCountryNames(text)

        // A long title shrinks, then wraps, rather than running off the page.
        let contentWidth = page.paper.width - 2 * 0.04 * min(page.paper.width, page.paper.height)
        let fitting = TextFitting(measurer: measurer)
        let (title, titleFont) = fitting.fitted(spec.title ?? text.title(hub: network.hub), maxWidth: contentWidth,
                                                largest: 28 * u, least: 18 * u) { text.font($0, bold: true) }
        let (subtitle, subtitleFont) = fitting.fitted(
            spec.subtitle ?? text.subtitle(partners: network.partners.count, continents: Set(network.partners.map(\.continent)).count,
                                           years: network.yearRange),
            maxWidth: contentWidth, largest: 11 * u, least: 8 * u) { text.font($0) }
        let titleHeight = measurer.measure(title, font: titleFont, alignment: .left).height
            + measurer.measure(subtitle, font: subtitleFont, alignment: .left).height + 2 * u
        let legend = Legend(network: network, styler: styler, text: text, theme: theme, sizing: sizing, measurer: measurer)
        var table = PartnerTableBlock(network: network, text: text, theme: theme, styler: styler, measurer: measurer, unit: u,
                                      countryNames: countryNames)
        let chart = TimelineChart(network: network, text: text, theme: theme, styler: styler, measurer: measurer, unit: u)
        let creditFont = text.font(5.6 * u)
        let credits = text.credits(MapCredits(network: network, table: tableName, basemap: basemapCredit),
                                   projection: try mainProjection(network).name, replacement: spec.credits)
        let creditsHeight = measurer.measure(credits, font: creditFont, alignment: .left).height
        let mapAspect = try mapAspect(network), insetAspects = try insets.map { try insetAspect($0.region.box) }
        // The table's type as large as leaves the map its full size (larger for a few partners,
        // smaller for many); failing that, as large as still leaves the map 40% of the page.
        func layOut(scale: Double) -> PosterLayout {
            table.scale = scale
            let needs = PosterLayout.Needs(
                title: titleHeight, mapAspect: mapAspect, insetAspects: insetAspects,
                timeline: chart.naturalHeight, tableHeight: { [table] w in table.height(forWidth: w) }, legend: legend.size, credits: creditsHeight)
            return PosterLayout.make(paper: page.paper, bleed: page.bleed + page.slug,
                                     margin: 0.04 * min(page.paper.width, page.paper.height), gap: 6 * u, needs: needs)
        }
        // Each layout measures the whole table in its type, so they are made only as needed: the
        // smallest type first, and when even that leaves the map under 40% (thousands of
        // partners), no larger type could do better.
        let scales = [1.4, 1.2, 1.0, 0.85, 0.72, 0.62, 0.54, 0.47, 0.4]
        var made: [Double: PosterLayout] = [:]
        func candidate(_ scale: Double) -> (scale: Double, layout: PosterLayout) {
            if let l = made[scale] { return (scale, l) }
            let l = layOut(scale: scale)
            made[scale] = l
            return (scale, l)
        }
        let smallest = candidate(scales.last!)
        let chosen = !smallest.layout.fits(mapShare: 0.4) ? smallest
            : scales.lazy.map(candidate).first { $0.layout.fits(mapShare: 0.999) } ?? scales.lazy.map(candidate).first { $0.layout.fits(mapShare: 0.4) }
            ?? smallest
        table.scale = chosen.scale
        let layout = chosen.layout

        // One layer per block of the page (an SVG's groups), drawn in this order.
        var layers: [Layer] = []
        let bleedBox = layout.trim.insetBy(-page.bleed)
        layers.append(Layer(name: "background", items: [.fill(Path(rect: bleedBox), theme.background, .nonZero)]))
        var warnings: [String] = []

        // The insets: regional maps of their own with a caption. Names that find no room in
        // them are numbered on from one panel to the next and listed in the world map's key.
        var facts = LayoutFacts(size: layout.page.size)
        var keyed: [PlacedLabel] = []
        var panels: [Layer] = []
        for (k, (inset, box)) in zip(insets, layout.insets).enumerated() {
            var s = panelSpec(size: box, sizing: page.paper)
            s.extent = .box(inset.region.box)
            s.projection = .automatic
            s.centerLon = nil; s.centerLat = nil
            s.overlays = [.title]
            s.title = text.insetCaption(inset.region, continent: inset.continent)
            s.subtitle = ""
            s.titleSize = 8.5
            s.frameMargin = 2 * u
            s.placesKey = false
            s.namesBeyond = false
            s.keyStart = (keyed.compactMap(\.keyNumber).max() ?? 0) + 1
            let plan = try planner(s).plan(network)
            warnings += plan.warnings.filter { !warnings.contains($0) }
            keyed += plan.labels.filter { $0.status == .keyed }
            facts.absorb(plan.layoutFacts.placed(dx: box.minX, dy: box.minY) { $0 == "main" ? "inset-\(k + 1)" : $0 })
            panels.append(Layer(name: "inset-\(k + 1)", items: [
                panel(plan, in: box), .stroke(Path(rect: box), Stroke(color: theme.panelEdge, width: max(0.5 * u, 0.5), join: .miter)),
            ]))
        }
        // The world map, with locators for the insets shown beside it.
        var main = panelSpec(size: layout.map, sizing: page.paper)
        main.externalInsets = insets.map(\.region)
        main.overlays = []
        main.keyStart = (keyed.compactMap(\.keyNumber).max() ?? 0) + 1
        main.keyedElsewhere = keyed
        let mainPlan = try planner(main).plan(network)
        warnings = mainPlan.warnings + warnings.filter { !mainPlan.warnings.contains($0) }
        layers.append(Layer(name: "map", items: [panel(mainPlan, in: layout.map)]))
        layers += panels
        facts.absorb(mainPlan.layoutFacts.placed(dx: layout.map.minX, dy: layout.map.minY) { $0 })
        let subtitleY = layout.title.minY + measurer.measure(title, font: titleFont, alignment: .left).height
        layers.append(Layer(name: "title", items: [
            .text(TextBlock(text: title, font: titleFont, origin: Point(layout.title.minX, layout.title.minY), color: theme.text)),
            .text(TextBlock(text: subtitle, font: subtitleFont, origin: Point(layout.title.minX, subtitleY + u), color: theme.mutedText)),
        ]))
        layers.append(Layer(name: "legend", items: legend.items(at: Point(layout.legend.minX, layout.legend.minY))))
        layers.append(Layer(name: "timeline", items: chart.items(in: layout.timeline)))
        let left = table.columnsOfRows(in: layout.tableRoom).left
        var following: [[Layer]] = []
        if !left.isEmpty, tableContinues {
            following = continuedTable(left, network: network, table: table, title: title, trim: layout.trim, background: bleedBox,
                                       theme: theme, sizing: sizing)
            warnings.append("the partner table continues on \(following.count) more page\(following.count == 1 ? "" : "s") "
                + "(\(left.count) of the \(network.partners.count) partners)")
        } else if !left.isEmpty {
            let names = left.prefix(10).map { $0.city.name(.en) ?? $0.city.id }.joined(separator: ", ")
            warnings.append("the partner table has room for \(network.partners.count - left.count) of the \(network.partners.count) partners on this paper; "
                + "left out of it: \(names)\(left.count > 10 ? " … and \(left.count - 10) more" : "") (a larger --paper lists them all)")
        }
        layers.append(Layer(name: "table", items: table.items(in: layout.tableRoom)))
        layers.append(Layer(name: "credits", items: [
            .text(TextBlock(text: credits, font: creditFont, origin: Point(layout.credits.minX, layout.credits.minY), color: theme.mutedText)),
        ]))
        if page.bleed > 0 {
            layers.append(Layer(name: "crop-marks", items: cropMarks(layout.trim, bleed: page.bleed, length: page.slug * 0.75, width: max(0.25 * spec.dpi / 72, 0.5))))
        }

        var scene = Scene(size: layout.page.size, dpi: spec.dpi, background: nil, layers: layers,
                          metadata: .of(network: network, title: title, subtitle: subtitle, spec: spec))
        scene.trimBox = layout.trim
        scene.bleedBox = bleedBox
        scene.followingPages = following
        // The page's own blocks stand for the panels' (a panel's caption belongs to its panel),
        // but for a panel's key.
        let blocks: [(String, String, Rect)] = [("title", "title", layout.title), ("map", "main", layout.map)]
            + layout.insets.enumerated().map { ("inset", "inset-\($0.offset + 1)", $0.element) }
            + [("chart", "timeline", layout.timeline), ("legend", "legend", layout.legend), ("table", "table", layout.tableRoom),
               ("credits", "credits", layout.credits)]
        facts.elements = facts.elements.filter { $0.kind == "key" } + blocks.map { LayoutFacts.Element(kind: $0.0, id: $0.1, box: $0.2) }
        return (scene, layout, facts, warnings)
    }

    /// The pages a partner table goes on over: each the poster's title in small and the page's
    /// number over as many of the rows `left` as fit its columns, in the table's type, with the
    /// first page's background and crop marks.
    private func continuedTable(_ left: [PartnerTableBlock.Row], network: Network, table: PartnerTableBlock, title: String,
                                trim: Rect, background: Rect, theme: Theme, sizing: Sizing) -> [[Layer]] {
        let u = sizing.u, margin = 0.04 * min(page.paper.width, page.paper.height)
        let content = trim.insetBy(margin)
        let text = MapText(language: spec.language)
        let headFont = text.font(11 * u, bold: true)
        let headHeight = measurer.measure(title, font: headFont, alignment: .left).height
        let room = Rect(x: content.minX, y: content.minY + headHeight + 6 * u, width: content.width,
                        height: content.height - headHeight - 6 * u)
        var pages: [[SceneItem]] = [], rest = left
        while !rest.isEmpty {
            let block = table.lastRows(rest.count)
            let split = block.columnsOfRows(in: room)
            // A page too small for even one row ends the table there.
            guard split.left.count < rest.count else { break }
            pages.append(block.items(in: room))
            rest = split.left
        }
        return pages.enumerated().map { k, items in
            let number = "\(k + 2) / \(pages.count + 1)"
            let w = measurer.measure(number, font: text.font(8 * u), alignment: .left).width
            var layers = [
                Layer(name: "background", items: [.fill(Path(rect: background), theme.background, .nonZero)]),
                Layer(name: "title", items: [
                    .text(TextBlock(text: title, font: headFont, origin: Point(content.minX, content.minY), color: theme.text)),
                    .text(TextBlock(text: number, font: text.font(8 * u), origin: Point(content.maxX - w, content.minY), color: theme.mutedText)),
                ]),
                Layer(name: "table", items: items),
            ]
            if page.bleed > 0 {
                layers.append(Layer(name: "crop-marks", items: cropMarks(trim, bleed: page.bleed, length: page.slug * 0.75,
                                                                         width: max(0.25 * spec.dpi / 72, 0.5))))
            }
            return layers
        }
    }

    /// The insets: the regions the main map would give them at the poster's scale (with `auto`,
    /// where partners are too dense to label there), each with the continent most of its cities are on.
    func insetChoices(_ network: Network) throws -> [(region: InsetRegion, continent: Continent?)] {
        let width = page.paper.width - 2 * 0.04 * min(page.paper.width, page.paper.height)
        var probe = panelSpec(size: Rect(x: 0, y: 0, width: width, height: width / (try mapAspect(network))), sizing: page.paper)
        probe.insets = spec.insets
        return try planner(probe).insetRegions(network).map { region in
            let inside = ([network.hub] + network.partners).filter { region.box.contains(LonLat($0)) }
            let continent = Dictionary(grouping: inside, by: \.continent).max { ($0.value.count, $0.key.rawValue) < ($1.value.count, $1.key.rawValue) }?.key
            return (region, continent)
        }
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
        var planner = MapPlanner(spec: s, measurer: measurer, tableName: tableName, basemap: basemap)
        planner.basemapCredit = basemapCredit
        return planner
    }

    /// A map plan's picture placed in its box, clipped to it.
    private func panel(_ plan: MapPlan, in box: Rect) -> SceneItem {
        let items = SceneAssembler(plan: plan).scene().layers.flatMap(\.items)
        return .translated(dx: box.minX, dy: box.minY, [.clipped(Rect(x: 0, y: 0, width: box.width, height: box.height), items)])
    }

    /// Width/height of the world map in its projection (a regional map takes the panel's shape).
    private func mapAspect(_ network: Network) throws -> Double {
        guard let b = try mainProjection(network).projection.spherePath().bounds, b.height > 1, b.width < 999 || b.height < 999 else { return 1.6 }
        return b.width / b.height
    }

    /// The main map's projection in a 1000×1000 frame, and its name (as the credits give it).
    private func mainProjection(_ network: Network) throws -> (projection: MapProjection, name: String) {
        var s = spec
        s.size = Size(1000, 1000)
        s.frameMargin = 0
        s.insets = []
        return try planner(s).framedProjection(network)
    }

    private func insetAspect(_ r: GeoBox) throws -> Double {
        let setup = ProjectionSetup.preset(.lambertConformal, center: r.center, latitudes: r.south...r.north)
        let probe = try MapProjection(setup: setup, frame: Rect(x: 0, y: 0, width: 1000, height: 1000), fit: .box(r))
        guard let b = probe.polygonPath([r.ring()]).bounds, b.height > 0 else { return 1.2 }
        return b.width / b.height
    }

    /// Country names in the edition's language from the basemap's attributes, by ISO code,
    /// and from the country-names table where the basemap has none (Thai).
    private func localCountryNames(_ text: MapText) throws -> [String: String] {
        guard let key = text.countryNameKey else { return [:] }
        var names = countryNames.all(in: key)
        var basemapNamed = Set<String>()
        let medium = (try? basemap(.medium))?.features ?? []
        for f in try basemap(.low).features + medium {
            if let n = f.attributes.names[key], !n.isEmpty, !basemapNamed.contains(f.attributes.iso2) {
                names[f.attributes.iso2] = n
                basemapNamed.insert(f.attributes.iso2)
            }
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
