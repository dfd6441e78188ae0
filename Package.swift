// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "CareerMatch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "match-cli", targets: ["match-cli"]),
        .library(name: "Profiles", targets: ["Profiles"]),
        .library(name: "Matcher", targets: ["Matcher"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // MARK: - Public API

        /// What a skill, region, specialty, college, enterprise, vacancy and student *is*:
        /// value types, the trilingual taxonomy, validated import and the SQLite store.
        .target(
            name: "Profiles",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /// From profiles to ranked, explained, assigned and reported results.
        .target(
            name: "Matcher",
            dependencies: [
                "Profiles",
                "CBLAS",
                "BLASKernel",
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        /// The command-line tool: one file per subcommand.
        .executableTarget(
            name: "match-cli",
            dependencies: [
                "Profiles",
                "Matcher",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Implementation details

        /// OpenBLAS through its C interface (`cblas_sgemm`).
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        /// Picks the OpenBLAS kernel before main: OpenBLAS 0.3.21 falls back to its generic kernel
        /// on CPUs it does not know, so a constructor re-executes the process with the best
        /// OPENBLAS_CORETYPE for the CPU, checked before it is trusted (Docs/Performance.md).
        .target(
            name: "BLASKernel",
            dependencies: ["CBLAS"]
        ),

        // MARK: - Tests

        .target(
            name: "TestSupport",
            dependencies: ["Profiles"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "ProfilesTests", dependencies: ["Profiles", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "MatcherTests", dependencies: ["Matcher", "Profiles", "TestSupport"]),
        .testTarget(name: "MatchCLITests", dependencies: ["match-cli", "Profiles", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
