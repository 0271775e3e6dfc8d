import Foundation

/// The data the tool ships (the Nanning table and the basemaps), as package resources: SwiftPM
/// copies them next to every program built with the package, so no environment variable is needed.
package enum GeodataBundle {
    /// The resources' folder name SwiftPM gives them.
    package static let resourceFolder = "partnermap_Geodata.resources"
}
