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

/// Release builds skip Swift's run-time exclusivity checks in the rooms with per-point loops (the
/// geo pipeline, the canvas's byte sink): they were 4% of the instructions of a map. Debug builds,
/// which the tests run, keep them.
let hotLoops: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
/// Release builds link the Swift runtime and Foundation into the executable: a map is a short
/// process, and loading them as shared libraries (symbol lookups across 90 libraries, scans of
/// Foundation's conformance tables) was a sixth of it. Every target is compiled for it, so that
/// the static libraries' own dependencies are linked too.
let staticRuntime: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

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
        .target(name: "PartnerData", dependencies: [.product(name: "CSV", package: "CSV.swift")], swiftSettings: staticRuntime),
        .target(name: "MapGeometry", dependencies: ["CProj", "MapScene"], swiftSettings: hotLoops + staticRuntime),
        .target(name: "Basemap", dependencies: ["MapGeometry"], swiftSettings: hotLoops + staticRuntime),
        .target(name: "MapScene", swiftSettings: hotLoops + staticRuntime),
        .target(name: "CairoCanvas", dependencies: ["MapScene", "CCairo", "CPango", "CZlib"], swiftSettings: hotLoops + staticRuntime),
        .target(name: "Cartography", dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene"], swiftSettings: hotLoops + staticRuntime),
        .target(
            name: "MapJobs",
            dependencies: ["PartnerData", "MapGeometry", "Basemap", "MapScene", "Cartography", "CairoCanvas", "Yams"],
            swiftSettings: staticRuntime),
        .executableTarget(
            name: "partnermap",
            dependencies: ["MapJobs", "Basemap", "PartnerData", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: staticRuntime, linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
        .target(name: "TestSupport", dependencies: ["CZlib"], path: "Tests/TestSupport"),
        .testTarget(name: "PartnerDataTests", dependencies: ["PartnerData", "TestSupport"]),
        .testTarget(name: "MapGeometryTests", dependencies: ["MapGeometry", "TestSupport"]),
        .testTarget(name: "BasemapTests", dependencies: ["Basemap", "MapGeometry"]),
        .testTarget(name: "CartographyTests", dependencies: ["Cartography", "CairoCanvas", "PartnerData", "MapGeometry", "Basemap", "MapScene", "MapJobs", "TestSupport"]),
        .testTarget(name: "CairoCanvasTests", dependencies: ["CairoCanvas", "MapScene", "CZlib", "CPango", "TestSupport"]),
        .testTarget(name: "MapJobsTests", dependencies: ["MapJobs", "Cartography", "PartnerData", "CairoCanvas", "TestSupport"]),
    ]
)
