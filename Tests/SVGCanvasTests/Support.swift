import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MapScene
@testable import SVGCanvas

/// Text measured without fonts: every character half the size wide, lines 1.25 sizes high with
/// the baseline one size down.
struct FixedMeasurer: TextMeasurer {
    func measure(_ text: String, font: Font, alignment: TextAlignment) -> TextMetrics {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let width = Double(lines.map(\.count).max() ?? 0) * font.size / 2
        let height = Double(lines.count) * font.size * 1.25
        return TextMetrics(width: width, height: height, ink: Rect(x: 0, y: 0, width: width, height: height), baseline: font.size)
    }
}

/// An element of a parsed SVG: its name, attributes, own text and children.
final class Element {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [Element] = []
    init(name: String, attributes: [String: String]) { self.name = name; self.attributes = attributes }

    /// This element and all below it, in document order.
    var all: [Element] { [self] + children.flatMap(\.all) }
    /// The text of this element and all below it.
    var allText: String { text + children.map(\.allText).joined() }
    subscript(_ attribute: String) -> String? { attributes[attribute] }
}

/// Parses XML with Foundation's parser; nil when it is not well-formed.
func parseXML(_ bytes: [UInt8]) -> Element? {
    final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let e = Element(name: name, attributes: attributes)
            stack.last?.children.append(e)
            if root == nil { root = e }
            stack.append(e)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
    }
    let parser = XMLParser(data: Data(bytes))
    let builder = Builder()
    parser.delegate = builder
    return parser.parse() ? builder.root : nil
}

func svg(_ layers: [Layer], metadata: SceneMetadata = SceneMetadata(), background: Color? = .white) -> [UInt8] {
    SVGWriter(measurer: FixedMeasurer()).write(Scene(size: Size(200, 100), dpi: 144, background: background, layers: layers, metadata: metadata))
}

func document(_ layers: [Layer], metadata: SceneMetadata = SceneMetadata()) throws -> Element {
    guard let root = parseXML(svg(layers, metadata: metadata)) else { throw XMLError() }
    return root
}

struct XMLError: Error {}
