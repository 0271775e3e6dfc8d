import PartnerData

/// How partners without a known year appear in an animation (they are never given one).
public enum UndatedPolicy: String, Sendable, CaseIterable {
    /// Never shown.
    case hide
    /// Shown from the first frame.
    case start
    /// Shown after the last year, in a stage of their own.
    case end
}

/// What sequence of frames to make.
public struct AnimationOptions: Sendable {
    /// First and last year (default: the first and last known year).
    public var from: Int?
    public var to: Int?
    /// Frames per year; more than one tweens (new arcs grow from the hub).
    public var perYear = 1
    /// Extra frames of the final state.
    public var hold = 0
    public var undated: UndatedPolicy = .end
    public init() {}
}

/// One frame of an animation: which partners it shows, which are new, how far new arcs have grown.
public struct AnimationFrame: Sendable, Equatable {
    /// 1-based position in the sequence.
    public var index: Int
    /// The year shown; nil for the stage of partners with no known year.
    public var year: Int?
    /// Tween step within the year, 1…`steps`.
    public var step: Int
    public var steps: Int
    /// Partners drawn (ids, in table order), new ones included.
    public var shown: [String]
    /// Partners that join in this frame's year (or undated stage).
    public var new: [String]
    /// How much of the new arcs is drawn, 0 < growth ≤ 1.
    public var growth: Double
    /// A frame repeating the final state.
    public var isHold: Bool
    /// Position on the timeline: the year plus the part of it shown (a year's last frame is at
    /// the end of the year, so its agreements are behind the cursor).
    public var time: Double
}

/// Plans the frames of an animation of a network growing year by year.
public enum AnimationTimeline {
    public static func frames(_ network: Network, _ o: AnimationOptions) throws -> [AnimationFrame] {
        guard o.perYear >= 1 && o.perYear <= 240 else { throw SpecError("--per-year \(o.perYear) is out of range (expected 1 to 240)") }
        guard o.hold >= 0 && o.hold <= 10_000 else { throw SpecError("--hold \(o.hold) is out of range (expected 0 to 10000)") }
        guard let known = network.yearRange ?? (o.from.flatMap { f in o.to.map { f...$0 } }) else {
            throw SpecError("no partner has a known year and no --from/--to were given (expected at least one dated partner)")
        }
        let first = o.from ?? known.lowerBound, last = o.to ?? known.upperBound
        guard first <= last else { throw SpecError("--from \(first) is after --to \(last) (expected from ≤ to)") }
        guard last - first < 1000 else { throw SpecError("\(first)–\(last) spans more than 1000 years") }

        let partners = network.partners
        let undated = partners.filter { $0.year == nil }.map(\.id)
        var frames: [AnimationFrame] = []
        func add(year: Int?, time: Double, shownBefore: [String], new: [String]) {
            for step in 1...o.perYear {
                let t = Double(step) / Double(o.perYear)
                // Ease in and out, so an arc starts and lands gently.
                let growth = t * t * (3 - 2 * t)
                frames.append(AnimationFrame(index: frames.count + 1, year: year, step: step, steps: o.perYear,
                                             shown: order(shownBefore + new, partners), new: new, growth: growth,
                                             isHold: false, time: time + t))
            }
        }
        let startUndated = o.undated == .start ? undated : []
        for year in first...last {
            let before = partners.filter { ($0.year.map { $0 < year } ?? false) }.map(\.id) + startUndated
            let new = partners.filter { $0.year == year }.map(\.id)
            add(year: year, time: Double(year), shownBefore: before, new: new)
        }
        let dated = partners.filter { ($0.year.map { $0 <= last } ?? false) }.map(\.id)
        if o.undated == .end && !undated.isEmpty {
            add(year: nil, time: Double(last + 1), shownBefore: dated, new: undated)
        }
        if o.hold > 0, let final = frames.last {
            for _ in 0..<o.hold {
                var f = final
                f.index = frames.count + 1
                f.isHold = true
                f.new = []
                f.growth = 1
                frames.append(f)
            }
        }
        return frames
    }

    private static func order(_ ids: [String], _ partners: [City]) -> [String] {
        let set = Set(ids)
        return partners.map(\.id).filter { set.contains($0) }
    }
}
