// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "CareerMatch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "match-cli", targets: ["match-cli"]),
        .library(name: "ScoringCore", targets: ["ScoringCore"]),
        .library(name: "Allocation", targets: ["Allocation"]),
        .library(name: "Profiles", targets: ["Profiles"]),
        .library(name: "Matcher", targets: ["Matcher"]),
        .library(name: "Guidance", targets: ["Guidance"]),
        .library(name: "Presentation", targets: ["Presentation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The web product: Hummingbird without its optional traits (no swift-configuration to build).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The browser tests' WebDriver client (Hummingbird's tests build it anyway).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // MARK: - Public API

        /// What a skill, region, specialty, college, enterprise, vacancy and student *is*:
        /// value types, the trilingual taxonomy, validated import and the SQLite store.
        .target(
            name: "Profiles",
            dependencies: [
                "Stemming",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /// The tiled BLAS product with top-k collectors, knowing nothing of profiles: tiler, collectors,
        /// top-k lists, NPY files.
        .target(
            name: "ScoringCore",
            dependencies: [
                "CBLAS",
                "BLASKernel",
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        /// Allocation under capacities: deferred acceptance and the max-total-fit assignment, on indices
        /// and scores only.
        .target(
            name: "Allocation",
            dependencies: [
                "ScoringCore",
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        /// From profiles to vectors, eligibility, matches, recommendations, explanations and fairness.
        .target(
            name: "Matcher",
            dependencies: [
                "Profiles",
                "ScoringCore",
                "Allocation",
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        /// Every word the product shows, in kk, ru and en: labels, headings, help, error messages, display
        /// names, plural forms. After Matcher, so it can name bands, exclusion and unplaced reasons.
        .target(
            name: "Localization",
            dependencies: ["Profiles", "Matcher", "Allocation"]
        ),
        /// The jobs as use cases: a request value in, a result document out. `MatchEngine` holds a
        /// loaded snapshot and serves many requests; runs are recorded in the audit log.
        .target(
            name: "Guidance",
            dependencies: ["Profiles", "Matcher", "ScoringCore", "Allocation", "Localization",
                           // the snapshot's checksum (SHA-256)
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        /// Renderers of the result documents (table, CSV, JSON, HTML with SVG) and the one atomic writer.
        .target(
            name: "Presentation",
            dependencies: ["Guidance", "Localization", "Profiles", "Matcher", "Allocation"]
        ),
        /// The web product (`match-cli serve`): routes per role, controllers adding routes to a router group,
        /// middleware for sessions, roles and CSRF, one Mustache template per page.
        .target(
            name: "WebApp",
            dependencies: [
                "Profiles",
                "Matcher",
                "Localization",
                "Guidance",
                "Presentation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Templates")]
        ),
        /// The command-line tool: one file per subcommand.
        .executableTarget(
            name: "match-cli",
            dependencies: [
                "Profiles",
                "Matcher",
                "ScoringCore",
                "Allocation",
                "Localization",
                "Guidance",
                "Presentation",
                "WebApp",
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
        /// Snowball's stemmers through their C interface (`sb_stemmer_stem`); no pkg-config file ships with it.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        /// Word stems for matching names as people type them: Snowball's Russian and English stemmers, a
        /// Kazakh suffix stripper and the Kazakh Latin alphabet read as Cyrillic.
        .target(
            name: "Stemming",
            dependencies: ["CStemmer"]
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
        .testTarget(name: "StemmingTests", dependencies: ["Stemming"]),
        .testTarget(name: "ProfilesTests", dependencies: ["Profiles", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ScoringCoreTests", dependencies: ["ScoringCore", "Profiles"]),
        .testTarget(name: "AllocationTests", dependencies: ["Allocation", "ScoringCore", "Profiles"]),
        .testTarget(name: "MatcherTests", dependencies: ["Matcher", "ScoringCore", "Allocation", "Profiles", "TestSupport"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "Profiles", "Matcher", "Allocation"]),
        .testTarget(name: "GuidanceTests", dependencies: ["Guidance", "Presentation", "Localization", "Matcher", "ScoringCore", "Allocation", "Profiles", "TestSupport",
                                                          // the brute-force test tries a million HMACs as an attacker would
                                                          .product(name: "Crypto", package: "swift-crypto")],
                    exclude: ["Adversary/adversary.py"]),
        .testTarget(name: "WebAppTests", dependencies: ["WebApp", "Guidance", "Profiles", "TestSupport",
                                                        .product(name: "HummingbirdTesting", package: "hummingbird"),
                                                        .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                        .product(name: "HTTPTypes", package: "swift-http-types"),
                                                        .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "MatchCLITests", dependencies: ["match-cli", "Profiles", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
