import Foundation

/// Progress on stderr (frames drawn or encoded into a video, a batch's jobs): a redrawn bar with
/// a rate per second on a terminal, a line every few seconds (and at the end) otherwise.
final class ProgressReporter: @unchecked Sendable {
    /// What is counted: "frames" (drawn) or "encoded".
    private let what: String
    private let lock = NSLock()
    private var finished = false

    private var firstUpdate: Date?

    /// What the rate counts ("frames", "jobs").
    private let unit: String

    init(what: String, unit: String = "frames") { self.what = what; self.unit = unit }

    /// An update timed from the first one (for work that reports no time of its own).
    func update(_ done: Int, _ total: Int) {
        let now = Date()
        lock.lock()
        let start = firstUpdate ?? now
        firstUpdate = start
        lock.unlock()
        update(done, total, now.timeIntervalSince(start))
    }

    private let terminal = isatty(STDERR_FILENO) != 0
    private var lastLine = -10.0

    func update(_ done: Int, _ total: Int, _ seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        finished = done == total
        let fps = seconds > 0 ? Double(done) / seconds : 0
        if terminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let line = String(format: "\r%@ %d/%d %@  %.1f %@/s", bar, done, total, what, fps, unit)
            FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8))
        } else if seconds - lastLine >= 2 || done == total {
            lastLine = seconds
            let line = String(format: "%@: %d/%d (%d%%) %.1f %@/s\n", what, done, total, total > 0 ? 100 * done / total : 100, fps, unit)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
