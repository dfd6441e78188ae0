// swift-tools-version:6.1
import PackageDescription

// Benchmarks are not tests: this nested package depends on the project by path, so the root package
// (and therefore CI's `swift build` / `swift test`) never builds it or fetches ordo-one/benchmark.
// Run it from this folder with `swift package --disable-sandbox benchmark`.
let package = Package(
    name: "CareerMatchBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, so `package: "CareerMatch"` below works whatever the checkout folder is called
        // (a path dependency's identity is otherwise its folder name).
        .package(name: "CareerMatch", path: "../"),
        // Only the malloc interposer trait: it counts allocations without jemalloc, and leaving out the
        // default RuntimeInterposer trait keeps the Linux Swift 6.3 ARC runtime interposer out of the build.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// The scoring core (tiled sgemm plus top-k) and the vacancy model, measured with ordo-one/benchmark.
        /// The plugin finds benchmark targets by their folder: Benchmarks/<target name>.
        .executableTarget(
            name: "MatcherBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ScoringCore", package: "CareerMatch"),
                .product(name: "Matcher", package: "CareerMatch"),
                .product(name: "Profiles", package: "CareerMatch"),
            ],
            path: "Benchmarks/MatcherBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
