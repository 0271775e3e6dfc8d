/// Rejoins the pieces of a clipped polygon into closed rings by walking along the clip edge
/// (the algorithm of d3-geo's clip/rejoin: each piece enters and leaves the visible area at the
/// edge; pieces are linked in the order their end points appear along the edge).
///
/// - `edgeKey` orders points along the clip edge (increasing in the edge's positive direction).
/// - `startInside`: whether the edge's starting point lies inside the polygon.
/// - `interpolate(from, to, direction, sink)` emits edge points from one point to another.
struct Rejoin {
    private struct Node {
        var point: ClipPoint
        var segment: Int       // index of the piece, -1 for clip-edge nodes
        var other = -1         // the twin node in the other list
        var entry: Bool
        var visited = false
        var next = -1, prev = -1
    }

    static func run(pieces: [[ClipPoint]], edgeKey: (ClipPoint) -> Double, startInside: Bool,
                    interpolate: (ClipPoint?, ClipPoint?, Int, GeoStream) -> Void, sink: GeoStream) {
        var subject: [Node] = []
        var clip: [Node] = []
        var segs = pieces
        for (s, piece) in pieces.enumerated() {
            let n = piece.count - 1
            guard n > 0 else { continue }
            let p0 = piece[0]
            var p1 = piece[n]
            if Sphere.equal((p0.x, p0.y), (p1.x, p1.y)) {
                if !p0.onEdge && !p1.onEdge {
                    // A closed ring that never touched the edge.
                    sink.lineStart()
                    for i in 0..<n { sink.point(piece[i].x, piece[i].y) }
                    sink.lineEnd()
                    continue
                }
                // Coincident entry and exit: nudge the exit so the two sort apart.
                p1.x += 2 * Sphere.epsilon
                segs[s][n] = p1
            }
            subject.append(Node(point: p0, segment: s, other: clip.count, entry: true))
            clip.append(Node(point: p0, segment: -1, other: subject.count - 1, entry: false))
            subject.append(Node(point: p1, segment: s, other: clip.count, entry: false))
            clip.append(Node(point: p1, segment: -1, other: subject.count - 1, entry: true))
        }
        guard !subject.isEmpty else { return }

        // Sort the clip nodes along the edge, keeping the twin links valid.
        let order = clip.indices.sorted { edgeKey(clip[$0].point) < edgeKey(clip[$1].point) }
        var sorted: [Node] = []
        sorted.reserveCapacity(clip.count)
        var newIndex = [Int](repeating: 0, count: clip.count)
        for (k, i) in order.enumerated() { newIndex[i] = k; sorted.append(clip[i]) }
        for k in sorted.indices { subject[sorted[k].other].other = k }
        clip = sorted

        link(&subject)
        link(&clip)
        var inside = startInside
        for i in clip.indices { inside.toggle(); clip[i].entry = inside }

        while true {
            // Find the first unvisited subject node.
            var current = 0
            var isSubject = true
            var guardCount = 0
            while subject[current].visited {
                current = subject[current].next
                guardCount += 1
                if current == 0 || guardCount > subject.count { return }
            }
            sink.lineStart()
            repeat {
                if isSubject {
                    subject[current].visited = true
                    clip[subject[current].other].visited = true
                    let node = subject[current]
                    if node.entry {
                        for p in segs[node.segment] { sink.point(p.x, p.y) }
                        current = node.next
                    } else {
                        let prev = subject[node.prev]
                        for p in segs[prev.segment].reversed() { sink.point(p.x, p.y) }
                        current = node.prev
                    }
                    current = subject[current].other
                } else {
                    clip[current].visited = true
                    subject[clip[current].other].visited = true
                    let node = clip[current]
                    if node.entry {
                        interpolate(node.point, clip[node.next].point, 1, sink)
                        current = node.next
                    } else {
                        interpolate(node.point, clip[node.prev].point, -1, sink)
                        current = node.prev
                    }
                    current = clip[current].other
                }
                isSubject.toggle()
            } while !(isSubject ? subject[current].visited : clip[current].visited)
            sink.lineEnd()
        }
    }

    private static func link(_ nodes: inout [Node]) {
        let n = nodes.count
        guard n > 0 else { return }
        for i in 0..<n {
            nodes[i].next = (i + 1) % n
            nodes[i].prev = (i + n - 1) % n
        }
    }
}
