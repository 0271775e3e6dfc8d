import Foundation

/// Compresses the streams of a PDF that Cairo wrote uncompressed.
///
/// Cairo deflates every PDF stream at zlib's default level, one stream after another, with no
/// setting to change that; for a map (a megabyte of path coordinates) that alone was a third of
/// the time to make the file. With `CAIRO_DEBUG_PDF` in the environment it leaves page content,
/// groups, patterns and ToUnicode maps uncompressed (fonts and images it always compresses), and
/// this deflates them instead: at a fast level, large streams in parts on every core
/// (`ZlibSegments`). Streams that already have a /Filter are copied as they are, so the result is
/// right whether or not Cairo honoured the variable.
enum PDFStreamCompressor {
    /// Sets `CAIRO_DEBUG_PDF` once per process. Cairo reads it when a PDF surface is created.
    /// Changing the environment is only safe while no other thread reads it, so processes call
    /// this at start-up (`SceneRenderer.prepareProcess()`); later calls find it set and do nothing.
    static let uncompressedCairoStreams: Void = {
        if getenv("CAIRO_DEBUG_PDF") == nil { setenv("CAIRO_DEBUG_PDF", "1", 0) }
    }()

    /// zlib level: 2 deflates PDF path text about five times faster than Cairo's 6, for files
    /// about a seventh larger.
    static let level: Int32 = 2
    /// Streams longer than this are deflated in parts of about this size, in parallel.
    static let partSize = 256 * 1024

    /// The PDF with every unfiltered stream deflated, the cross-reference table rewritten.
    static func compress(_ pdf: [UInt8]) throws -> [UInt8] {
        let file = try PDFObjects(pdf)
        var jobs: [(object: Int, data: Range<Int>)] = []
        for (k, object) in file.objects.enumerated() {
            if let stream = object.stream, stream.filtered == false { jobs.append((k, stream.data)) }
        }
        guard !jobs.isEmpty else { return pdf }

        // Cut the streams into parts and deflate the parts on all cores.
        var cuts: [(job: Int, range: Range<Int>)] = []
        for (j, job) in jobs.enumerated() {
            var start = job.data.lowerBound
            repeat {
                let end = job.data.upperBound - start > partSize * 3 / 2 ? start + partSize : job.data.upperBound
                cuts.append((j, start..<end))
                start = end
            } while start < job.data.upperBound
        }
        let parts = cuts
        let results = SegmentSlots(count: parts.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, parts.count))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let deflater = ZlibSegments.Deflater(level: level)
            pdf.withUnsafeBytes { bytes in
                for i in stride(from: w, to: parts.count, by: workers) {
                    results.set(i, deflater.segment(UnsafeRawBufferPointer(rebasing: bytes[parts[i].range])))
                }
            }
        }
        var replacements: [Int: [UInt8]] = [:]
        let segments = results.all
        for (j, job) in jobs.enumerated() {
            let data = ZlibSegments.join(parts.indices.filter { parts[$0].job == j }.map { segments[$0] })
            replacements.merge(file.encodingStream(of: file.objects[job.object], as: data, filter: "FlateDecode")) { $1 }
        }
        return file.rebuilt(replacing: replacements)
    }
}
