// swift-tools-version: 6.0
// The benchmark suite of ketaguide (issue 7): a package of its own, so the
// main build and CI do not build it. Run it from the repository's root:
//
//   swift run -c release --package-path benchmarks ketaguide-bench [--medquad PATH]
//
// (benchmarks/run builds the `ketaguide` binary first, then does the same.)
import PackageDescription

// SwiftPM names a path dependency after its folder, which is the clone's
// name (not "KetaGuide"), so the products are looked up under that name.
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "main"

let package = Package(
    name: "KetaGuideBenchmarks",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ketaguide-bench", targets: ["ketaguide-bench"]),
    ],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ketaguide-bench",
            dependencies: [
                .product(name: "GuideEngine", package: root),
                .product(name: "GuideTerminal", package: root),
                .product(name: "GuideImport", package: root),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
