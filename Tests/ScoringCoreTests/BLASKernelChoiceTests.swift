import Testing
import ScoringCore

/// The kernel choice on synthetic CPUs, and the kernel this test process runs on.
@Suite("OpenBLAS kernel choice")
struct BLASKernelChoiceTests {
    typealias Features = BLASKernelInfo.Features

    /// What an Intel Xeon with AVX-512 (family 6 model 207 among them) reports, OS support included.
    static let xeonAVX512: Features = [.sse4_2, .avx, .fma, .avx2, .avx512]
    /// An AMD EPYC Zen 3: AVX2 and FMA, no AVX-512.
    static let zen3: Features = [.sse4_2, .avx, .fma, .avx2]

    @Test func theBestKernelFollowsTheFeaturesAndTheVendor() {
        #expect(BLASKernelInfo.bestKernel(features: Self.xeonAVX512, vendor: .intel) == "SkylakeX")
        #expect(BLASKernelInfo.bestKernel(features: Self.zen3, vendor: .amd) == "Zen")
        #expect(BLASKernelInfo.bestKernel(features: Self.zen3, vendor: .hygon) == "Zen")
        #expect(BLASKernelInfo.bestKernel(features: Self.zen3, vendor: .intel) == "Haswell")
        #expect(BLASKernelInfo.bestKernel(features: [.sse4_2, .avx], vendor: .intel) == "Sandybridge")
        #expect(BLASKernelInfo.bestKernel(features: [.sse4_2], vendor: .amd) == "Nehalem")
        #expect(BLASKernelInfo.bestKernel(features: [], vendor: .intel) == nil)
    }

    @Test func aGenericKernelIsUpgradedToTheBestForTheCPU() {
        // Given OpenBLAS's Prescott fallback (OpenMathLib/OpenBLAS#4267) on three CPUs
        // When the engine chooses
        // Then each gets the best kernel it can run
        #expect(BLASKernelInfo.kernelChoice(features: Self.xeonAVX512, vendor: .intel, current: "Prescott") == "SkylakeX")
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "Prescott") == "Zen")
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .intel, current: "Prescott") == "Haswell")
        #expect(BLASKernelInfo.kernelChoice(features: Self.xeonAVX512, vendor: .intel, current: "Haswell") == "SkylakeX")
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .intel, current: "core2") == "Haswell")
    }

    @Test func theBestKernelOrOneAsGoodIsKept() {
        #expect(BLASKernelInfo.kernelChoice(features: Self.xeonAVX512, vendor: .intel, current: "SkylakeX") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: Self.xeonAVX512, vendor: .intel, current: "Cooperlake") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "Zen") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "Haswell") == nil)
    }

    @Test func nothingUsableOrAnUnknownKernelChangesNothing() {
        #expect(BLASKernelInfo.kernelChoice(features: [], vendor: .intel, current: "Prescott") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: [], vendor: .other, current: "Prescott") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "Unknown") == nil)
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "Zen5") == nil)
    }

    @Test func aKernelBeyondTheCPUIsReplaced() {
        // SkylakeX on a Zen 3 only comes from OPENBLAS_CORETYPE, and would stop at its first AVX-512 instruction.
        #expect(BLASKernelInfo.kernelChoice(features: Self.zen3, vendor: .amd, current: "SkylakeX") == "Zen")
        // AVX-512 in the CPU but not saved by the OS is not usable.
        #expect(BLASKernelInfo.kernelChoice(features: [.sse4_2, .avx, .fma, .avx2], vendor: .intel, current: "SkylakeX") == "Haswell")
    }

    @Test func levelsRankTheCoreNamesOpenBLASReports() {
        let ranked = ["Prescott", "Nehalem", "Sandybridge", "Haswell", "SkylakeX"].map { BLASKernelInfo.level(ofKernel: $0) }
        #expect(ranked == [0, 1, 2, 3, 4])
        #expect(["Core2", "Penryn", "Dunnington", "Katmai", "Atom", "Barcelona"].allSatisfy { BLASKernelInfo.level(ofKernel: $0) == 0 })
        #expect(["Bulldozer", "Piledriver"].allSatisfy { BLASKernelInfo.level(ofKernel: $0) == 2 })
        #expect(["Zen", "Excavator", "Steamroller", "zen"].allSatisfy { BLASKernelInfo.level(ofKernel: $0) == 3 })
        #expect(["Cooperlake", "SapphireRapids"].allSatisfy { BLASKernelInfo.level(ofKernel: $0) == 4 })
        #expect(BLASKernelInfo.level(ofKernel: "Unknown") == nil)
    }

    @Test func thisTestProcessRunsOnTheBestKernelForItsCPU() {
        // The constructor ran before these tests' main, in this very process.
        let info = BLASKernelInfo.current
        #expect(info.isBestForCPU, "\(info.kernel) in use, \(info.bestKernel ?? "none") best; \(info.summary)")
        #expect(info.openBLASConfig.contains(info.kernel))
        #expect(BLASKernelInfo.kernelChoice(features: info.cpu.features, vendor: info.cpu.vendor, current: info.kernel) == nil)
        if info.decision == .upgraded { #expect(info.verified) }
    }
}
