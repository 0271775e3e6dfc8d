/// A point produced by a clipping stage; `onEdge` marks intersections with the clip edge
/// that must not be mistaken for the closing point of a ring.
struct ClipPoint {
    var x: Double
    var y: Double
    var onEdge: Bool = false
}

/// Collects the visible pieces of a line (or ring) cut by a clip edge.
final class ClipBuffer {
    // Per-point state without run-time exclusivity checks: see GeoStream.
    @exclusivity(unchecked) private(set) var lines: [[ClipPoint]] = []

    func lineStart() { lines.append([]) }
    func point(_ x: Double, _ y: Double, onEdge: Bool = false) {
        if lines.isEmpty { lines.append([]) }
        lines[lines.count - 1].append(ClipPoint(x: x, y: y, onEdge: onEdge))
    }
    func lineEnd() {}

    /// Joins the last piece onto the first (a ring that starts and ends inside).
    func rejoinLastWithFirst() {
        guard lines.count > 1 else { return }
        let last = lines.removeLast()
        lines[0] = last + lines[0]
    }

    /// Returns the pieces collected so far and empties the buffer.
    func take() -> [[ClipPoint]] {
        defer { lines.removeAll(keepingCapacity: true) }
        return lines
    }
}
