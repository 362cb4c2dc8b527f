// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "KetaGuide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ketaguide", targets: ["ketaguide"]),
        .library(name: "GuideEngine", targets: ["GuideEngine"]),
        .library(name: "GuideFrontEnd", targets: ["GuideFrontEnd"]),
        .library(name: "GuideTerminal", targets: ["GuideTerminal"]),
        .library(name: "GuideImport", targets: ["GuideImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "GuideEngine"),
        // What any front end needs, without a terminal: renderers, the batch
        // runner, plain line reading, commands and completion; no libedit.
        .target(name: "GuideFrontEnd", dependencies: ["GuideEngine"]),
        // Converting question-answer collections (MedQuAD, or any in its
        // JSON Lines shape) into knowledge bases. The settings it writes are
        // template files compiled into the program, so an installed binary
        // needs no resource folder.
        .target(
            name: "GuideImport",
            dependencies: ["GuideEngine"],
            resources: [
                .embedInCode("Templates/guide.conf"),
                .embedInCode("Templates/synonyms.txt"),
                .embedInCode("Templates/smalltalk.txt"),
                .embedInCode("Templates/stopwords-en.txt"),
                .embedInCode("Templates/crisis-lines.txt"),
            ]
        ),
        .systemLibrary(
            name: "CLibEditSystem",
            path: "Sources/CLibEditSystem",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "CLibEdit", dependencies: ["CLibEditSystem"]),
        .target(name: "GuideTerminal", dependencies: ["GuideEngine", "GuideFrontEnd", "CLibEdit"]),
        .executableTarget(
            name: "ketaguide",
            dependencies: [
                "GuideEngine",
                "GuideFrontEnd",
                "GuideTerminal",
                "GuideImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Temporary folders for the tests, removed when the test process exits.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GuideEngineTests", dependencies: ["GuideEngine", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GuideFrontEndTests", dependencies: ["GuideFrontEnd", "GuideEngine"]),
        .testTarget(name: "GuideImportTests", dependencies: ["GuideImport", "GuideEngine", "TestSupport"]),
        .testTarget(name: "GuideTerminalTests", dependencies: ["GuideTerminal", "GuideEngine"]),
        .testTarget(name: "EndToEndTests", dependencies: ["GuideEngine", "GuideFrontEnd", "GuideTerminal", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
