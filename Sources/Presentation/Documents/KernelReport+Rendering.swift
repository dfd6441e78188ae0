import Guidance
import Localization

extension KernelReport {
    /// Two columns for a person: what, and what it is on this machine.
    public func table(_ words: Words) -> String {
        let rows = [
            [words.cpuLabel, words.cpuDescription(brand: cpu.brand, vendor: cpu.vendorID, family: cpu.family, model: cpu.model)],
            [words.cpuFeatures, cpu.features.names.joined(separator: " ")],
            ["OpenBLAS", openBLASConfig],
            [words.openBLASPicked, coreAtLoad],
            [words.kernelInUse, kernel],
            [words.bestForCPU, bestKernel ?? words.noneBetterThanGeneric],
            [words.decisionLabel, words.kernelDecision(decision, kernel: decisionKernel)],
            ["MATCH_BLAS_KERNEL", control],
            [words.verifiedLabel, words.verified(verified, atStartUp: checked == "start-up")],
            [words.sgemmRate(threads: 1), String(gflopsOneThread)],
            [words.sgemmRate(threads: threads), String(gflopsAllCores)],
        ]
        return TextTable(header: ["", words.thisMachine], rows: rows).rendered
    }
}
