// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newsdesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
        .library(name: "NewsdeskCore", targets: ["NewsdeskCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Password hashing (scrypt) and token hashing for the editor review desk.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(name: "NewsdeskCore"),
        .target(name: "NewsdeskIngest", dependencies: ["NewsdeskCore", "CLibXML2", "CZlib"]),
        .target(name: "NewsdeskEditorial", dependencies: ["NewsdeskCore"]),
        .target(
            name: "NewsdeskSite",
            dependencies: ["NewsdeskCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "NewsdeskStore",
            dependencies: ["NewsdeskCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "NewsdeskPipeline",
            dependencies: [
                "NewsdeskCore", "NewsdeskIngest", "NewsdeskEditorial", "NewsdeskSite", "NewsdeskStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "NewsdeskServer",
            dependencies: [
                "NewsdeskCore", "NewsdeskSite", "NewsdeskStore", "NewsdeskEditorial", "NewsdeskPipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "newsdesk",
            dependencies: [
                "NewsdeskCore", "NewsdeskIngest", "NewsdeskEditorial", "NewsdeskSite", "NewsdeskStore",
                "NewsdeskPipeline", "NewsdeskServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers shared by the test targets (not shipped in any product).
        .target(name: "NewsdeskTestSupport", path: "Tests/NewsdeskTestSupport"),
        .testTarget(name: "NewsdeskCoreTests", dependencies: ["NewsdeskCore", "NewsdeskTestSupport"]),
        .testTarget(name: "NewsdeskIngestTests", dependencies: ["NewsdeskIngest", "NewsdeskTestSupport"]),
        .testTarget(name: "NewsdeskEditorialTests", dependencies: ["NewsdeskEditorial"]),
        .testTarget(
            name: "NewsdeskIntegrationTests",
            dependencies: [
                "NewsdeskPipeline", "NewsdeskStore", "NewsdeskServer", "NewsdeskSite", "NewsdeskEditorial", "NewsdeskIngest", "NewsdeskTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
