// swift-tools-version:6.0
// partnermap: maps of partner-city networks (great-circle arcs, insets, posters, animation frames).
import Foundation
import PackageDescription

/// Debian packages that provide the C libraries; `make deps` installs them.
let cairo = Target.systemLibrary(
    name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])])
let pango = Target.systemLibrary(
    name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])])
let proj = Target.systemLibrary(
    name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])])
let shapelib = Target.systemLibrary(
    name: "CShapelib", pkgConfig: "shapelib", providers: [.apt(["libshp-dev"])])
/// Named CSystemZlib, not CZlib: ZIPFoundation brings a module named CZlib of its own.
let zlib = Target.systemLibrary(
    name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])])
let qpdf = Target.systemLibrary(
    name: "CQpdf", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])])

let package = Package(
    name: "partnermap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partnermap", targets: ["partnermap"]),
        .library(name: "MapJobs", targets: ["MapJobs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `partnermap serve`: a small HTTP server on BSD sockets and Swift concurrency.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // SHA-256 of a batch's inputs and outputs (batch.json).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        cairo, pango, proj, shapelib, zlib, qpdf,
        .target(name: "OptionModel"),
        // The shipped data as resources: the default table, the basemaps and the country names
        // (with their provenance note, which carries the CLDR licence the names must travel with).
        .target(name: "Geodata", path: "geodata", exclude: ["README.md", "sources", "tools"],
                resources: [.copy("nanning.csv"), .copy("basemap"),
                            .copy("country-names.csv"), .copy("country-names-SOURCE.md"),
                            .copy("gazetteer"), .copy("gazetteer-SOURCE.md")]),
        // Reads .xlsx workbooks (ZIP parts, XML through FoundationXML) besides CSV and TSV.
        .target(name: "PartnerData", dependencies: ["ZIPFoundation"]),
        // The offline gazetteer (GeoNames places by any name, geodata/gazetteer); it takes a path or bytes.
        .target(name: "Gazetteer", dependencies: ["PartnerData", "CSystemZlib"]),
        .target(name: "MapGeometry", dependencies: ["CProj", "MapScene"]),
        .target(name: "Basemap", dependencies: ["MapGeometry", "CShapelib", "CSystemZlib"]),
        .target(name: "MapScene"),
        .target(name: "CairoCanvas", dependencies: ["MapScene", "CCairo", "CPango", "CSystemZlib", "CQpdf"]),
        // SVG written from the scene itself: real text, a group per layer, no Cairo.
        .target(name: "SVGCanvas", dependencies: ["MapScene"]),
        .target(name: "Cartography", dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene", "OptionModel"]),
        .target(
            name: "MapJobs",
            dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene", "Cartography", "CairoCanvas", "SVGCanvas", "OptionModel", "Geodata",
                           "Gazetteer", "Yams", "ZIPFoundation", .product(name: "Crypto", package: "swift-crypto"),
                           // `partnermap serve` (MapJobs/Server): the editor's HTTP server.
                           .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "partnermap",
            dependencies: ["MapJobs", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Test helpers, among them tables written as the spreadsheets write them (GB18030, UTF-16, .xlsx).
        .target(name: "TestSupport", dependencies: ["ZIPFoundation", "MapScene"], path: "Tests/TestSupport"),
        .testTarget(name: "PartnerDataTests", dependencies: ["PartnerData", "TestSupport", "ZIPFoundation"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "PartnerData"]),
        .testTarget(name: "MapGeometryTests", dependencies: ["MapGeometry", "TestSupport"]),
        .testTarget(name: "BasemapTests", dependencies: ["Basemap", "MapGeometry", "TestSupport"]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography", "CairoCanvas", "PartnerData", "MapGeometry", "Basemap", "MapScene", "MapJobs", "TestSupport"]),
        .testTarget(name: "CairoCanvasTests", dependencies: ["CairoCanvas", "MapScene", "CSystemZlib", "CQpdf", "CPango", "TestSupport"]),
        .testTarget(name: "SVGCanvasTests", dependencies: ["SVGCanvas", "MapScene"]),
        .testTarget(name: "PartnermapTests", dependencies: ["TestSupport"]),
        .testTarget(name: "MapServerTests", dependencies: ["MapJobs", "TestSupport", "ZIPFoundation"]),
        .testTarget(name: "MapJobsTests", dependencies: ["MapJobs", "MapScene", "Gazetteer", "OptionModel", "Cartography", "MapGeometry", "PartnerData", "CairoCanvas", "TestSupport"]),
    ]
)

// libFuzzer targets, one per parser of untrusted input (`Fuzz/Sources/NAME`, seeds in
// `Fuzz/Corpus/NAME`). They exist only when PARTNERMAP_FUZZ=1, so that ordinary builds, tests and
// CI never compile them; `make fuzz` builds them with -sanitize=fuzzer,address. Each defines
// LLVMFuzzerTestOneInput and hands it to libFuzzer's driver (`FuzzDriver`); they reach the
// parsers' internals with @testable imports, which debug builds allow.
if ProcessInfo.processInfo.environment["PARTNERMAP_FUZZ"] == "1" {
    package.targets += [
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/Sources/CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"], path: "Fuzz/Sources/FuzzDriver"),
    ]
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("CSV", ["PartnerData"]), ("Spec", ["MapJobs"]), ("PMB", ["Basemap"]), ("Shapefile", ["Basemap"]),
        ("DBF", ["Basemap"]), ("GeoJSON", ["Basemap"]), ("PRJ", ["Basemap"]),
    ]
    for target in fuzzTargets {
        package.targets.append(.executableTarget(
            name: "Fuzz" + target.name, dependencies: ["FuzzDriver"] + target.dependencies,
            path: "Fuzz/Sources/" + target.name))
    }
}
