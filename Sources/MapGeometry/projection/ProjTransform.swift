import CProj
import Foundation

/// A PROJ coordinate operation from geographic radians to projected metres.
/// Each instance owns its own PROJ context, so it must stay on one thread.
package final class ProjTransform {
    private let context: OpaquePointer
    private let pj: OpaquePointer
    /// The PROJ definition this transform was created from.
    package let definition: String

    /// Creates the operation; throws when PROJ rejects the definition.
    ///
    /// PROJ opens its database (proj.db) to create any operation, which took 5–8 ms per process,
    /// though a PROJ string such as the presets' never needs it. The operation is first made in
    /// a context whose only search path holds no files, so PROJ finds no database and goes on
    /// without it; a definition that does need it (`+init=…`, a grid) is made again with the
    /// full context.
    package init(definition: String) throws {
        if let (ctx, p) = Self.create(definition, searchPaths: [Self.emptySearchPath]) {
            context = ctx; pj = p
        } else {
            guard let ctx = proj_context_create() else { throw ProjectionError.proj("cannot create a PROJ context") }
            Self.silence(ctx)
            guard let p = proj_create(ctx, definition) else {
                let code = proj_context_errno(ctx)
                let text = proj_context_errno_string(ctx, code).map { String(cString: $0) } ?? "error \(code)"
                proj_context_destroy(ctx)
                throw ProjectionError.proj("PROJ cannot use \"\(definition)\": \(text)")
            }
            context = ctx; pj = p
        }
        self.definition = definition
    }

    /// A directory path under which no file can exist.
    static let emptySearchPath = "/dev/null"

    /// A context with the given search paths and the operation made in it, or nil.
    private static func create(_ definition: String, searchPaths: [String]) -> (OpaquePointer, OpaquePointer)? {
        guard let ctx = proj_context_create() else { return nil }
        silence(ctx)
        var cPaths = searchPaths.map { strdup($0) }
        defer { cPaths.forEach { free($0) } }
        cPaths.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                proj_context_set_search_paths(ctx, Int32(buffer.count), $0)
            }
        }
        guard let p = proj_create(ctx, definition) else {
            proj_context_destroy(ctx)
            return nil
        }
        return (ctx, p)
    }

    /// PROJ writes nothing to the terminal: failures come back as errors.
    private static func silence(_ ctx: OpaquePointer) {
        proj_log_level(ctx, PJ_LOG_NONE)
        proj_log_func(ctx, nil) { _, _, _ in }
    }

    deinit {
        proj_destroy(pj)
        proj_context_destroy(context)
    }

    /// Projects one point (radians) to metres; non-finite when PROJ cannot project it.
    @inline(__always)
    package func forward(_ lambda: Double, _ phi: Double) -> (Double, Double) {
        let out = proj_trans(pj, PJ_FWD, proj_coord(lambda, phi, 0, 0))
        if !out.xy.x.isFinite { proj_errno_reset(pj) }
        return (out.xy.x, out.xy.y)
    }

    /// Geographic radians of projected metres; non-finite when PROJ cannot invert them.
    package func inverse(_ x: Double, _ y: Double) -> (Double, Double) {
        let out = proj_trans(pj, PJ_INV, proj_coord(x, y, 0, 0))
        if !out.lp.lam.isFinite { proj_errno_reset(pj) }
        return (out.lp.lam, out.lp.phi)
    }

    /// Projects many points in place (x holds λ, y holds φ on entry; metres on return).
    package func forward(x: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>, count: Int, stride: Int) {
        guard count > 0 else { return }
        _ = proj_trans_generic(pj, PJ_FWD, x, stride, count, y, stride, count, nil, 0, 0, nil, 0, 0)
        proj_errno_reset(pj)
    }

    /// The PROJ string of a CRS or operation such as "EPSG:3857" (without `+type=crs`), or nil.
    package static func projString(of definition: String) -> String? {
        guard let ctx = proj_context_create() else { return nil }
        defer { proj_context_destroy(ctx) }
        silence(ctx)
        guard let p = proj_create(ctx, definition) else { return nil }
        defer { proj_destroy(p) }
        guard let s = proj_as_proj_string(ctx, p, PJ_PROJ_5, nil) else { return nil }
        return String(cString: s).split(separator: " ").filter { $0 != "+type=crs" }.joined(separator: " ")
    }
}

/// Why a projection could not be set up.
package enum ProjectionError: Error, CustomStringConvertible, Equatable {
    case proj(String)
    case unknown(String)
    case invalid(String)

    package var description: String {
        switch self {
        case .proj(let s), .unknown(let s), .invalid(let s): return s
        }
    }
}
