import Foundation

/// Frames drawn out of order by several workers, handed on in order: at most `capacity` frames
/// wait at once, so a worker that runs ahead waits instead of holding every frame in memory.
final class FrameWindow: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int: [UInt8]] = [:]
    private var next = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds frame `position` (0, 1, 2, …), waiting while it is `capacity` or more ahead of the
    /// next to be taken. False when the window was closed: the frame is not wanted.
    func put(_ position: Int, _ frame: [UInt8]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed && position >= next + capacity { condition.wait() }
        guard !closed else { return false }
        waiting[position] = frame
        condition.broadcast()
        return true
    }

    /// The next frame in order, once it is drawn; nil when the window was closed first.
    func take() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while !closed && waiting[next] == nil { condition.wait() }
        guard !closed, let frame = waiting.removeValue(forKey: next) else { return nil }
        next += 1
        condition.broadcast()
        return frame
    }

    /// Ends the handing on: waiting workers and takers return at once.
    func close() {
        condition.lock()
        closed = true
        waiting = [:]
        condition.broadcast()
        condition.unlock()
    }
}
