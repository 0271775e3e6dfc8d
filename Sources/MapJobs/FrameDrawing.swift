import CairoCanvas
import Cartography
import Foundation

/// Draws a run's frames on all threads: each frame is written as PNG into the frames folder (if
/// there is one) and, when a video is made, handed in order to its encoder as raw pixels, both
/// from the one drawing of the frame.
struct FrameDrawing: Sendable {
    let frames: [AnimationFrame]
    let scenes: AnimationScenes
    let base: FrameBase
    let dpi: Double
    let folder: FrameFolder?
    let threads: Int

    /// The frame's file name in the folder (frame-0001.png …, four digits or more).
    func name(_ f: AnimationFrame) -> String {
        let digits = max(4, String(frames.count).count)
        let n = String(f.index)
        return "frame-" + String(repeating: "0", count: digits - n.count) + n + ".png"
    }

    /// Draws every frame into the folder.
    func run(progress: @escaping FramesJob.Progress) throws {
        try draw(window: nil, layout: nil, progress: progress)
    }

    /// Draws every frame on threads of their own, handing the raw pixels (in `input.layout`) to
    /// `encode` through a window of a few frames, while `encode` runs on this thread. A failure of
    /// either stops both.
    func stream<T>(_ input: VideoMaker.Input, encode: (FrameWindow) throws -> T) throws -> T {
        let window = FrameWindow(capacity: 2 * workers + 2)
        let drawn = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Thread {
            do { try draw(window: window, layout: input.layout, progress: { _, _, _ in }) } catch {
                failure.record(error)
                // Frames stop coming: an encoder still waiting for one ends short, and fails.
                window.close()
            }
            drawn.signal()
        }.start()
        let made: Result<T, Error> = Result { try encode(window) }
        window.close()
        drawn.wait()
        if let e = failure.first { throw e }
        return try made.get()
    }

    private var workers: Int { max(1, min(threads, frames.count)) }

    private func draw(window: FrameWindow?, layout: RawVideoLayout?, progress: @escaping FramesJob.Progress) throws {
        // Workers take short contiguous runs of frames in turn: each worker's band cache sees
        // similar frames, and the later frames, which hold more arcs, are shared out evenly. A
        // stream takes them one at a time, so the frames come about in the order they are wanted.
        let workers = self.workers
        let runs = FrameRuns(count: frames.count, length: window != nil ? 1 : max(1, min(8, frames.count / (workers * 4))))
        let failures = FailureBox()
        let counter = ProgressCounter(total: frames.count, report: progress)
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do {
                let renderer = try FrameRenderer(base: base)
                while let run = runs.next() {
                    for i in run {
                        if failures.failed { return }
                        let f = frames[i], kept = scenes.keptArcs(f), overlay = scenes.overlay(f, over: kept)
                        renderer.draw(overlay, over: kept, parts: scenes.keptArcScene)
                        if let folder { try folder.write(renderer.png(dpi: dpi, metadata: overlay.metadata), named: name(f)) }
                        if let window, let layout, !window.put(i, renderer.raw(layout)) { return }
                        counter.advance(start: start)
                    }
                }
            } catch {
                failures.record(error)
            }
        }
        if let e = failures.first { throw e }
    }
}

/// Hands out the frames' indices in contiguous runs, in order, to whichever worker asks.
private final class FrameRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var nextStart = 0
    let count: Int
    let length: Int
    init(count: Int, length: Int) { self.count = count; self.length = length }
    func next() -> Range<Int>? {
        lock.lock(); defer { lock.unlock() }
        guard nextStart < count else { return nil }
        let run = nextStart..<min(count, nextStart + length)
        nextStart = run.upperBound
        return run
    }
}

/// The first error any worker met; later workers stop early.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }
    var first: Error? { lock.lock(); defer { lock.unlock() }; return error }
    func record(_ e: Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
}

/// Counts finished frames across workers and reports progress.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    let report: FramesJob.Progress
    init(total: Int, report: @escaping FramesJob.Progress) { self.total = total; self.report = report }
    func advance(start: UInt64) {
        lock.lock()
        done += 1
        let d = done
        lock.unlock()
        report(d, total, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
