import ArgumentParser
import Matcher

extension MatchCLI {
    /// Shows the CPU, the OpenBLAS kernel the engine runs on and why, and its sgemm rate.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the CPU, the OpenBLAS kernel in use and how it was chosen, and its sgemm GFLOP/s.",
            discussion: """
            OpenBLAS 0.3.21 falls back to its slow generic kernel (Prescott) on CPUs it does not know; \
            at start-up the engine picks the best kernel for the CPU itself, checks it against a plain \
            loop and re-executes with OPENBLAS_CORETYPE set. MATCH_BLAS_KERNEL=keep leaves OpenBLAS's \
            own choice, MATCH_BLAS_KERNEL=<name> (e.g. Haswell) forces one. See Docs/Performance.md.
            The GFLOP/s are cblas_sgemm on 1024 × 1024 by depth 256, on one thread and one per core.

            Examples:
              match-cli doctor
              match-cli doctor --format json
              OPENBLAS_CORETYPE=Prescott MATCH_BLAS_KERNEL=keep match-cli doctor
            """)

        /// `--format table|json`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @Option(help: "Output: table (for a person) or json.")
        var format: Format = .table

        func run() throws {
            let report = DoctorReport.measure()
            printRendered(format == .json ? try jsonText(report) : report.table)
        }
    }
}
