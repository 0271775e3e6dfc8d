import Foundation

/// What a local server lets in: requests to a local Host (no DNS rebinding: a page of another
/// site whose name resolves to 127.0.0.1 sends its own name as Host), and state changes only from
/// the editor's own page, which sends a same-origin Origin and the session token it carries (no
/// cross-site request forgery). Read-only calls need only the local Host.
struct RequestGuard: Sendable {
    /// The port the server listens on, for the origins it accepts.
    var port: Int
    /// The session token the page carries (random per process).
    var token: String
    /// A non-loopback address the server was told to listen on, also accepted as a Host.
    var extraHost: String?

    /// Host names (without port) a request may name.
    var hosts: Set<String> {
        var h: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        if let extraHost { h.insert(extraHost.contains(":") && !extraHost.hasPrefix("[") ? "[\(extraHost)]" : extraHost) }
        return h
    }

    /// The Host header's name without its port, lowercased.
    static func hostName(_ host: String) -> String {
        let h = host.lowercased()
        if h.hasPrefix("["), let close = h.firstIndex(of: "]") { return String(h[...close]) }
        return String(h.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// Why a request may not be served at all (nil: it may).
    func refusal(host: String?) -> String? {
        guard let host, hosts.contains(Self.hostName(host)) else {
            return "this server answers only requests to localhost, 127.0.0.1 or [::1] (Host: \(host ?? "none"))"
        }
        if let port = host.split(separator: ":").last.flatMap({ Int($0) }), host.contains(":"), !host.hasSuffix("]"), port != self.port {
            return "this server listens on port \(self.port), not \(port)"
        }
        return nil
    }

    /// Why a state change may not be made (nil: it may): the Origin must be this server's, and
    /// the session token the page's.
    func refusalOfChange(origin: String?, token: String?) -> String? {
        let allowed = hosts.map { "http://\($0):\(port)" }
        guard let origin, allowed.contains(origin.lowercased()) else {
            return "a change must come from this server's own page (Origin: \(origin ?? "none"))"
        }
        guard token == self.token else { return "a change must carry the page's session token (X-Session-Token)" }
        return nil
    }

    /// A random token of 32 hex digits.
    static func newToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &g)) }.joined()
    }
}
