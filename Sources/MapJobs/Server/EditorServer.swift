import FlyingFox
import FlyingSocks
import Foundation
import Gazetteer
import OptionModel

/// `partnermap serve`: the table editor with a live preview, on loopback unless told otherwise.
/// Every request needs a local Host; changes need the page's Origin and session token; bodies,
/// renders and concurrent renders are limited. The HTTP API is described in `openapi.yaml`.
package struct EditorServer: HTTPHandler {
    let guardian: RequestGuard
    let table: TableStore
    let renders = RenderService()
    /// Bodies larger than this are refused (413).
    static let maxBody = 8 << 20

    init(table: TableStore, guardian: RequestGuard) { self.table = table; self.guardian = guardian }

    package func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let why = guardian.refusal(host: request.headers[.host]) { return Self.error(.forbidden, why) }
        let route = "\(request.method.rawValue) \(request.path)"
        let changes = ["PUT /api/table", "POST /api/save"]
        if changes.contains(route),
           let why = guardian.refusalOfChange(origin: request.headers[HTTPHeader("Origin")], token: request.headers[HTTPHeader("X-Session-Token")]) {
            return Self.error(.forbidden, why)
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maxBody {
            var r = Self.error(.payloadTooLarge, "a body may have \(Self.maxBody) bytes at most")
            r.headers[.connection] = "close"
            return r
        }
        if request.headers[.transferEncoding] != nil { return Self.error(.lengthRequired, "send the body with a Content-Length") }
        do {
            switch route {
            case "GET /", "GET /index.html":
                return Self.response(.ok, EditorPage.html(token: guardian.token), type: "text/html; charset=utf-8")
            case "GET /openapi.yaml":
                return Self.response(.ok, OpenAPIDocument.yaml, type: "application/yaml")
            case "GET /api/table":
                return try await tableResponse()
            case "PUT /api/table":
                let body = try await request.bodyData
                let grid: CSVGrid
                if request.headers[.contentType]?.lowercased().hasPrefix("application/json") ?? false {
                    guard let g = try? JSONDecoder().decode(CSVGrid.self, from: body) else {
                        return Self.error(.badRequest, "expected {\"columns\": [...], \"rows\": [[...]]}")
                    }
                    grid = g
                } else {
                    guard let text = String(data: body, encoding: .utf8) else { return Self.error(.badRequest, "the CSV body must be UTF-8") }
                    grid = CSVGrid(csv: text)
                }
                let errors = await table.replace(with: grid)
                if !errors.isEmpty { return try Self.json(.unprocessableContent, ["errors": errors]) }
                return try await tableResponse()
            case "POST /api/save":
                do { try await table.save(force: request.query["force"] == "1") } catch let e as TableStore.SaveError {
                    return Self.error(.conflict, e.description)
                }
                return try await tableResponse()
            case "POST /api/render":
                let body = try await request.bodyData
                let object = body.isEmpty ? [:] : try JSONSerialization.jsonObject(with: body)
                guard let options = object as? [String: Any] else { return Self.error(.badRequest, "expected a JSON object of options") }
                do {
                    let (bytes, type) = try await renders.render(options, table: await table.csvData, tableName: await table.name, version: await table.version)
                    return Self.response(.ok, bytes, type: type)
                } catch let e as RenderService.BadRequest {
                    return Self.error(.unprocessableContent, e.description)
                } catch let e as JobError {
                    // What the options ask for cannot be made (the message says why, as the command line's would).
                    return Self.error(.unprocessableContent, e.description)
                } catch is RenderService.Busy {
                    var r = Self.error(.serviceUnavailable, "too many renders at once; try again")
                    r.headers[HTTPHeader("Retry-After")] = "1"
                    return r
                }
            case "GET /api/geocode":
                let q = request.query["q"] ?? ""
                guard !q.isEmpty else { return Self.error(.badRequest, "give the place to find: ?q=NAME (and &country=…)") }
                let found = try ProjectFiles.gazetteer().candidates(name: q, country: request.query["country"].flatMap { $0.isEmpty ? nil : $0 }, limit: 10)
                let list: [[String: String]] = found.map { c in
                    ["name": c.name, "country": c.countryName, "iso2": c.countryCode, "admin": c.admin1Name ?? "", "population": String(c.population),
                     "lat": String(format: "%.5f", c.latitude), "lon": String(format: "%.5f", c.longitude), "geonames_id": String(c.geonameID),
                     "continent": c.continent.rawValue]
                }
                return try Self.json(.ok, ["candidates": list])
            case "GET /api/options":
                let defaults = MapOptions()
                let product = request.query["product"] ?? "map"
                guard RenderService.products[product] != nil else {
                    return Self.error(.badRequest, "unknown product '\(product)' (expected one of: map, poster, frames, video)")
                }
                let list: [[String: String]] = RenderService.options(for: product).map { o in
                    ["key": o.key, "help": o.help, "kind": "\(o.kind)", "value": o.valueName, "choices": o.choices.joined(separator: "|"),
                     "default": o.text(in: defaults) ?? ""]
                }
                return try Self.json(.ok, ["options": list])
            default:
                return Self.error(.notFound, "no such page or API here: \(route)")
            }
        } catch {
            return Self.error(.internalServerError, String(describing: error))
        }
    }

    private func tableResponse() async throws -> HTTPResponse {
        let grid = await table.grid
        struct Answer: Encodable { var columns: [String]; var rows: [[String]]; var file: String; var saved: Bool; var changedOnDisk: Bool }
        let answer = Answer(columns: grid.columns, rows: grid.rows, file: await table.name, saved: await table.path != nil,
                            changedOnDisk: await table.changedOnDisk)
        return Self.response(.ok, try JSONEncoder().encode(answer), type: "application/json")
    }

    static func response(_ status: HTTPStatusCode, _ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store",
                                                   HTTPHeader("X-Content-Type-Options"): "nosniff"], body: body)
    }

    static func response(_ status: HTTPStatusCode, _ text: String, type: String) -> HTTPResponse { response(status, Data(text.utf8), type: type) }

    static func json<T: Encodable>(_ status: HTTPStatusCode, _ value: T) throws -> HTTPResponse {
        response(status, try JSONEncoder().encode(value), type: "application/json")
    }

    static func error(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        (try? json(status, ["error": message])) ?? HTTPResponse(statusCode: status)
    }

    /// Serves until the process is stopped: `data` (nil: the shipped table) on `host`:`port`.
    package static func run(data: String?, host: String, port: Int, say: @escaping @Sendable (String) -> Void) throws {
        guard (1...65535).contains(port) else { throw JobError("--port takes 1 to 65535 (got \(port))") }
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        let address: any SocketAddress
        do {
            if host.contains(":") { address = try sockaddr_in6.inet6(ip6: host, port: UInt16(port)) } else {
                address = try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: UInt16(port))
            }
        } catch { throw JobError("--host takes an IP address such as 127.0.0.1 or ::1 (got \(host))") }
        let store = try TableStore(path: data)
        let guardian = RequestGuard(port: port, token: RequestGuard.newToken(), extraHost: loopback ? nil : host)
        let server = HTTPServer(address: address, timeout: 60, logger: QuietLog(), handler: EditorServer(table: store, guardian: guardian))
        if !loopback { say("warning: listening on \(host), not only on this computer: anyone who can reach it can see the table") }
        let failure = FailureSlot()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await server.run() } catch { failure.set(error) }
            done.signal()
        }
        Task {
            try? await server.waitUntilListening()
            let shown = host.contains(":") ? "[\(host)]" : host
            say("partnermap editor: open http://\(shown):\(port)/ in your browser (Ctrl-C stops it)")
        }
        done.wait()
        if let e = failure.error { throw JobError("cannot listen on \(host):\(port): \(e)") }
    }
}

/// The error a server task ended with.
private final class FailureSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?
    func set(_ e: Error) { lock.lock(); stored = e; lock.unlock() }
    var error: Error? { lock.lock(); defer { lock.unlock() }; return stored }
}

/// FlyingFox's own log lines stay out of the terminal: the server says what matters itself.
private struct QuietLog: Logging {
    func logDebug(_ debug: @autoclosure () -> String) {}
    func logInfo(_ info: @autoclosure () -> String) {}
    func logWarning(_ warning: @autoclosure () -> String) {}
    func logError(_ error: @autoclosure () -> String) {}
    func logCritical(_ critical: @autoclosure () -> String) {}
}
