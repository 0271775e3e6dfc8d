import CCairo
import CPango
import MapScene

/// Paints scene items onto a Cairo context (any surface: image, PDF or SVG).
final class CairoPainter {
    private let cr: OpaquePointer
    private let pango: OpaquePointer
    /// Where `.cached` items are kept between pictures; nil draws them directly.
    private let sprites: SpriteCache?
    /// Whether items wholly outside the clip are skipped (on a raster, where they draw no pixel;
    /// a band of a map is drawn with the whole scene, most of it outside the band).
    private let culls: Bool

    init(_ cr: OpaquePointer, sprites: SpriteCache? = nil, culls: Bool = false) {
        _ = FontConfiguration.isInstalled  // before Pango makes a font map
        self.cr = cr
        self.sprites = sprites
        self.culls = culls
        pango = pango_cairo_create_context(cr)
        PangoText.configure(pango)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pango)) }

    /// Paints layers in order, skipping those not in `only` when it is given.
    func paint(_ scene: Scene, only: Set<String>? = nil) {
        for layer in scene.layers where only?.contains(layer.name) ?? true {
            for item in layer.items { paint(item) }
        }
    }

    func paint(_ item: SceneItem) {
        if culls, let extent = Self.extent(item), !mayShow(extent) { return }
        switch item {
        case let .fill(path, color, rule):
            guard !path.isEmpty else { return }
            addPath(path)
            cairo_set_fill_rule(cr, rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            setColor(color)
            cairo_fill(cr)
        case let .stroke(path, stroke):
            guard !path.isEmpty else { return }
            addPath(path)
            apply(stroke)
            setColor(stroke.color)
            cairo_stroke(cr)
        case let .gradientStroke(path, stroke, start, end, from, to):
            guard !path.isEmpty else { return }
            addPath(path)
            apply(stroke)
            let g = cairo_pattern_create_linear(start.x, start.y, end.x, end.y)
            cairo_pattern_add_color_stop_rgba(g, 0, from.r, from.g, from.b, from.a)
            cairo_pattern_add_color_stop_rgba(g, 1, to.r, to.g, to.b, to.a)
            cairo_set_source(cr, g)
            cairo_stroke(cr)
            cairo_pattern_destroy(g)
        case let .circle(center, radius, fill, stroke):
            cairo_new_path(cr)
            cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
            if let fill {
                setColor(fill)
                if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            }
            if let stroke {
                apply(stroke)
                setColor(stroke.color)
                cairo_stroke(cr)
            }
        case let .text(block):
            paintText(block)
        case let .clipped(rect, items):
            cairo_save(cr)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_clip(cr)
            for i in items { paint(i) }
            cairo_restore(cr)
        case let .translated(dx, dy, items):
            cairo_save(cr)
            cairo_translate(cr, dx, dy)
            for i in items { paint(i) }
            cairo_restore(cr)
        case let .clippedToPath(path, rule, items):
            cairo_save(cr)
            addPath(path)
            cairo_set_fill_rule(cr, rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            cairo_clip(cr)
            for i in items { paint(i) }
            cairo_restore(cr)
        case let .group(opacity, items):
            cairo_push_group(cr)
            for i in items { paint(i) }
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, opacity)
        case let .cached(key, bounds, items):
            if let sprites {
                sprites.paint(key: key, bounds: bounds, items: items, onto: cr)
            } else {
                for i in items { paint(i) }
            }
        case let .tagged(_, items):
            for i in items { paint(i) }
        }
    }

    /// A box in user space that holds every pixel `item` paints, with a margin for
    /// antialiasing; nil when that is not known beforehand (text, groups).
    static func extent(_ item: SceneItem) -> Rect? {
        let margin = 2.0
        switch item {
        case let .fill(path, _, _):
            return path.bounds?.insetBy(-margin)
        case let .stroke(path, stroke), let .gradientStroke(path, stroke, _, _, _, _):
            return path.bounds?.insetBy(-(reach(stroke) + margin))
        case let .circle(center, radius, _, stroke):
            let r = radius + (stroke.map(reach) ?? 0) + margin
            return Rect(x: center.x - r, y: center.y - r, width: 2 * r, height: 2 * r)
        case let .clipped(rect, _):
            return rect.insetBy(-margin)
        case let .cached(_, bounds, _):
            return bounds.insetBy(-margin)
        case let .text(block):
            return textRows(block, margin: margin)
        case .translated, .clippedToPath, .group, .tagged:
            return nil
        }
    }

    /// A band of rows surely holding a text's ink, without laying it out (which is most of the
    /// cost of text): from a font size above its top (marks stacked over capitals) to two font
    /// sizes a line below it, the halo around that; across all columns.
    private static func textRows(_ block: TextBlock, margin: Double) -> Rect {
        let lines = block.text.unicodeScalars.reduce(1) { n, c in
            n + (c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" ? 1 : 0)
        }
        let size = block.font.size, halo = block.halo.map { max(0, $0.width) } ?? 0
        let top = block.origin.y - size - halo - margin
        return Rect(x: -.greatestFiniteMagnitude / 4, y: top, width: .greatestFiniteMagnitude / 2,
                    height: Double(lines) * 2 * size + 2 * size + 2 * (halo + margin))
    }

    /// How far a stroke's paint reaches from its path: half its width, and with mitred joins
    /// as far as Cairo's default miter limit (10) lets a corner run.
    private static func reach(_ s: Stroke) -> Double {
        s.join == .miter ? 5 * s.width : s.width
    }

    /// Whether any of `box` (user space) lies within the current clip.
    private func mayShow(_ box: Rect) -> Bool {
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
        return box.maxX > x1 && box.minX < x2 && box.maxY > y1 && box.minY < y2
    }

    private func paintText(_ block: TextBlock) {
        let layout = PangoText.layout(pango, text: block.text, font: block.font, alignment: block.alignment)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        if let halo = block.halo, halo.width > 0 {
            cairo_new_path(cr)
            cairo_move_to(cr, block.origin.x, block.origin.y)
            pango_cairo_layout_path(cr, layout)
            if halo.outlineTolerance > 0 { simplifyCurrentPath(tolerance: halo.outlineTolerance) }
            cairo_set_line_width(cr, 2 * halo.width)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_set_dash(cr, nil, 0, 0)
            setColor(halo.color)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
        cairo_move_to(cr, block.origin.x, block.origin.y)
        setColor(block.color)
        pango_cairo_show_layout(cr, layout)
    }

    /// Replaces the current path by its outline flattened into straight segments and simplified,
    /// within `tolerance` user units in all (a fifth of it for the flattening).
    private func simplifyCurrentPath(tolerance: Double) {
        var dx = tolerance / 5, dy = 0.0
        cairo_user_to_device_distance(cr, &dx, &dy)
        let saved = cairo_get_tolerance(cr)
        cairo_set_tolerance(cr, max(0.01, (dx * dx + dy * dy).squareRoot()))
        guard let flat = cairo_copy_path_flat(cr) else { cairo_set_tolerance(cr, saved); return }
        defer { cairo_path_destroy(flat); cairo_set_tolerance(cr, saved) }
        guard flat.pointee.status == CAIRO_STATUS_SUCCESS, let data = flat.pointee.data else { return }
        var simplifier = PolylineSimplifier(tolerance: tolerance * 4 / 5)
        var line: [Point] = []
        cairo_new_path(cr)
        func emit(closed: Bool) {
            guard line.count > 1 else { line.removeAll(keepingCapacity: true); return }
            simplifier.simplify(&line, closed: closed)
            cairo_move_to(cr, line[0].x, line[0].y)
            for p in line.dropFirst() { cairo_line_to(cr, p.x, p.y) }
            if closed { cairo_close_path(cr) }
            line.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < Int(flat.pointee.num_data) {
            let header = data[i].header
            switch header.type {
            case CAIRO_PATH_MOVE_TO:
                emit(closed: false)
                line.append(Point(data[i + 1].point.x, data[i + 1].point.y))
            case CAIRO_PATH_LINE_TO:
                line.append(Point(data[i + 1].point.x, data[i + 1].point.y))
            case CAIRO_PATH_CLOSE_PATH:
                // A closed contour repeats its first point as its last line end.
                if line.count > 1, line.first == line.last { line.removeLast() }
                emit(closed: true)
            default:
                break
            }
            i += Int(header.length)
        }
        emit(closed: false)
    }

    private func addPath(_ path: Path) {
        cairo_new_path(cr)
        for i in 0..<path.subpathCount {
            let pts = path.subpath(i)
            guard let first = pts.first else { continue }
            cairo_move_to(cr, first.x, first.y)
            for p in pts.dropFirst() { cairo_line_to(cr, p.x, p.y) }
            if path.closed[i] { cairo_close_path(cr) }
        }
    }

    private func apply(_ s: Stroke) {
        cairo_set_line_width(cr, s.width)
        switch s.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch s.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        if s.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            s.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        }
    }

    private func setColor(_ c: Color) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }
}
