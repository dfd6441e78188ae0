import Foundation
import Matcher

/// What `match-cli doctor` and `bench --info` print: the CPU, the OpenBLAS kernel and how it was
/// chosen, and the sgemm rate it gives here.
struct DoctorReport: Codable {
    var cpu: BLASKernelInfo.CPU
    var openBLASConfig: String
    /// The kernel OpenBLAS picked by itself, before the engine's choice.
    var coreAtLoad: String
    /// The kernel in use.
    var kernel: String
    var bestKernel: String?
    var decision: BLASKernelInfo.Decision
    var decisionKernel: String?
    /// The decision in words.
    var summary: String
    /// `MATCH_BLAS_KERNEL` as understood.
    var control: String
    /// Whether the kernel in use agrees with a plain loop.
    var verified: Bool
    /// "start-up" when the engine checked the kernel it chose, "now" when doctor checked OpenBLAS's own.
    var checked: String
    /// Threads for the all-cores rate: one per active processor.
    var threads: Int
    /// `cblas_sgemm` GFLOP/s, 1024 × 1024 by depth 256, on one thread and on one thread per core.
    var gflopsOneThread: Double
    var gflopsAllCores: Double

    /// Reads the start-up record, checks the kernel if start-up did not, and measures the rates.
    static func measure() -> DoctorReport {
        let info = BLASKernelInfo.current
        let verified = info.verified || BLASKernelInfo.checkKernel() == true
        let threads = ProcessInfo.processInfo.activeProcessorCount
        return DoctorReport(
            cpu: info.cpu, openBLASConfig: info.openBLASConfig, coreAtLoad: info.coreAtLoad, kernel: info.kernel,
            bestKernel: info.bestKernel, decision: info.decision, decisionKernel: info.decisionKernel,
            summary: info.summary, control: info.control, verified: verified,
            checked: info.verified ? "start-up" : "now", threads: threads,
            gflopsOneThread: BLASKernelInfo.sgemmGFLOPS(threads: 1).rounded(toPlaces: 1),
            gflopsAllCores: BLASKernelInfo.sgemmGFLOPS(threads: threads).rounded(toPlaces: 1)
        )
    }

    /// Two columns for a person: what, and what it is here.
    var table: String {
        let rows = [
            ["CPU", "\(cpu.brand.isEmpty ? "?" : cpu.brand) (\(cpu.vendorID), family \(cpu.family), model \(cpu.model))"],
            ["features", cpu.features.names.joined(separator: " ")],
            ["OpenBLAS", openBLASConfig],
            ["OpenBLAS picked", coreAtLoad],
            ["kernel in use", kernel],
            ["best for this CPU", bestKernel ?? "none better than generic"],
            ["decision", summary],
            ["MATCH_BLAS_KERNEL", control],
            ["verified", verified ? "yes (checked \(checked == "now" ? "now" : "at start-up"))" : "no"],
            ["sgemm GFLOP/s, 1 thread", String(gflopsOneThread)],
            ["sgemm GFLOP/s, \(threads) threads", String(gflopsAllCores)],
        ]
        return TextTable(header: ["", "this machine"], rows: rows).rendered
    }
}
