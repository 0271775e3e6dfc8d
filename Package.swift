// swift-tools-version:6.0
// partnermap: maps of partner-city networks (great-circle arcs, insets, posters, animation frames).
import PackageDescription

/// Debian packages that provide the C libraries; `make deps` installs them.
let cairo = Target.systemLibrary(
    name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])])
let pango = Target.systemLibrary(
    name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])])
let proj = Target.systemLibrary(
    name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])])
let zlib = Target.systemLibrary(
    name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])])

let package = Package(
    name: "partnermap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partnermap", targets: ["partnermap"]),
        .library(name: "MapJobs", targets: ["MapJobs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        cairo, pango, proj, zlib,
        .target(name: "PartnerData", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        .target(name: "MapGeometry", dependencies: ["CProj", "MapScene"]),
        .target(name: "Basemap", dependencies: ["MapGeometry"]),
        .target(name: "MapScene"),
        .target(name: "CairoCanvas", dependencies: ["MapScene", "CCairo", "CPango", "CZlib"]),
        .target(name: "Cartography", dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene"]),
        .target(
            name: "MapJobs",
            dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene", "Cartography", "CairoCanvas", "Yams"]),
        .executableTarget(
            name: "partnermap",
            dependencies: ["MapJobs", "Basemap", "PartnerData", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "PartnerDataTests", dependencies: ["PartnerData", "TestSupport"]),
        .testTarget(name: "MapGeometryTests", dependencies: ["MapGeometry", "TestSupport"]),
        .testTarget(name: "BasemapTests", dependencies: ["Basemap", "MapGeometry"]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography", "CairoCanvas", "PartnerData", "MapGeometry", "Basemap", "MapScene", "MapJobs", "TestSupport"]),
        .testTarget(name: "CairoCanvasTests", dependencies: ["CairoCanvas", "MapScene", "CZlib", "CPango", "TestSupport"]),
        .testTarget(name: "MapJobsTests", dependencies: ["MapJobs", "Cartography", "MapGeometry", "PartnerData", "CairoCanvas", "TestSupport"]),
    ]
)
