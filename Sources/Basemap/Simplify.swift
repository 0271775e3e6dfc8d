import Foundation

/// Visvalingam–Whyatt simplification weights: each interior point of an arc gets the effective area
/// (km²) of the triangle it spans with its neighbours when it is removed, made non-decreasing in
/// removal order, so keeping the points whose weight is at least a tolerance simplifies the arc to
/// that tolerance. Endpoints weigh +infinity and are always kept.
enum Visvalingam {
    static func weights(_ arc: [GridPoint], unitsPerDegree: Int) -> [Double] {
        let count = arc.count
        var weights = [Double](repeating: .infinity, count: count)
        guard count > 2 else { return weights }
        let kmPerUnit = SphericalArea.earthRadiusKm * Double.pi / 180 / Double(unitsPerDegree)
        let radiansPerUnit = Double.pi / 180 / Double(unitsPerDegree)
        func triangle(_ a: Int, _ b: Int, _ c: Int) -> Double {
            let scaleX = cos(Double(arc[b].y) * radiansPerUnit) * kmPerUnit
            let abx = (Double(arc[b].x) - Double(arc[a].x)) * scaleX, aby = (Double(arc[b].y) - Double(arc[a].y)) * kmPerUnit
            let acx = (Double(arc[c].x) - Double(arc[a].x)) * scaleX, acy = (Double(arc[c].y) - Double(arc[a].y)) * kmPerUnit
            return abs(abx * acy - acx * aby) / 2
        }
        var previous = Array(-1..<(count - 1))
        var next = Array(1...count)
        var area = [Double](repeating: .infinity, count: count)
        var heap = MinHeap()
        for index in 1..<(count - 1) {
            area[index] = triangle(index - 1, index, index + 1)
            heap.push(area[index], index)
        }
        var largest = 0.0
        while let (value, index) = heap.pop() {
            guard value == area[index], weights[index] == .infinity else { continue }
            largest = max(largest, value)
            weights[index] = largest
            area[index] = -1
            let before = previous[index], after = next[index]
            next[before] = after
            previous[after] = before
            if before > 0 {
                area[before] = triangle(previous[before], before, after)
                heap.push(area[before], before)
            }
            if after < count - 1 {
                area[after] = triangle(before, after, next[after])
                heap.push(area[after], after)
            }
        }
        return weights
    }
}

/// A binary min-heap of (value, index) pairs, ties broken by the lower index so results are deterministic.
private struct MinHeap {
    private var items: [(value: Double, index: Int)] = []

    private func less(_ a: Int, _ b: Int) -> Bool {
        items[a].value < items[b].value || (items[a].value == items[b].value && items[a].index < items[b].index)
    }

    mutating func push(_ value: Double, _ index: Int) {
        items.append((value, index))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, less(left, smallest) { smallest = left }
                if right < items.count, less(right, smallest) { smallest = right }
                guard smallest != parent else { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
