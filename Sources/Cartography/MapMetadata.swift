import Foundation
import MapScene
import PartnerData

extension SceneMetadata {
    /// The metadata of a map or poster of `network`: its title and subtitle on one line each, the
    /// spec's author and copyright, keywords from the hub's names, the table as the source.
    static func of(network: Network, title: String, subtitle: String, spec: MapSpec) -> SceneMetadata {
        func oneLine(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
        let hubNames = NameLanguage.allCases.compactMap { network.hub.names[$0] }.map(oneLine)
        var seen: Set<String> = []
        let keywords = (hubNames + ["partner cities", "sister cities", "map"]).filter { seen.insert($0).inserted }
        return SceneMetadata(title: oneLine(title), subject: oneLine(subtitle), creator: "partnermap", author: spec.author ?? "",
                             keywords: keywords.joined(separator: ", "), copyright: spec.copyright ?? "",
                             source: URL(fileURLWithPath: network.source).lastPathComponent)
    }
}
