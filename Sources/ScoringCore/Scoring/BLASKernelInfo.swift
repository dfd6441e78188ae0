import BLASKernel
import CBLAS
import Foundation

/// Which OpenBLAS kernel this process multiplies with, and how it came to be that one.
///
/// OpenBLAS 0.3.21 falls back to its generic Prescott kernel on CPUs it does not know, about five
/// times slower. The `BLASKernel` target's constructor runs before `main`, reads the CPU and, when
/// the loaded kernel is below the best this CPU can run, re-executes the process with
/// `OPENBLAS_CORETYPE` set and checks the new kernel before trusting it. This is its record, the
/// same choice as a pure function for tests, and the sgemm rate that `match-cli doctor` prints.
/// The environment variables are described in `Docs/Performance.md`, "Kernel choice".
public struct BLASKernelInfo: Sendable, Codable, Hashable {
    /// The CPU as cpuid and xgetbv describe it.
    public struct CPU: Sendable, Codable, Hashable {
        /// The cpuid vendor string: "GenuineIntel", "AuthenticAMD", …
        public var vendorID: String
        public var vendor: Vendor
        public var brand: String
        /// Family and model as Linux shows them (extended fields added in).
        public var family: Int
        public var model: Int
        /// The features the CPU has and the OS saves the registers of.
        public var features: Features
    }

    /// The CPU maker, as far as the kernel choice cares.
    public enum Vendor: String, Sendable, Codable, Hashable {
        case intel, amd, other
        /// Zen-based, so it runs the Zen kernels.
        case hygon
    }

    /// CPU features that decide which kernels can run.
    public struct Features: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let sse4_2 = Features(MATCH_BLAS_FEATURE_SSE4_2)
        public static let avx = Features(MATCH_BLAS_FEATURE_AVX)
        public static let fma = Features(MATCH_BLAS_FEATURE_FMA)
        public static let avx2 = Features(MATCH_BLAS_FEATURE_AVX2)
        public static let avx512f = Features(MATCH_BLAS_FEATURE_AVX512F)
        public static let avx512cd = Features(MATCH_BLAS_FEATURE_AVX512CD)
        public static let avx512bw = Features(MATCH_BLAS_FEATURE_AVX512BW)
        public static let avx512dq = Features(MATCH_BLAS_FEATURE_AVX512DQ)
        public static let avx512vl = Features(MATCH_BLAS_FEATURE_AVX512VL)
        /// What OpenBLAS's SkylakeX kernels need.
        public static let avx512: Features = [.avx512f, .avx512cd, .avx512bw, .avx512dq, .avx512vl]

        private init(_ bit: Int) { rawValue = UInt32(bit) }

        static let named: [(name: String, feature: Features)] = [
            ("sse4.2", .sse4_2), ("avx", .avx), ("fma", .fma), ("avx2", .avx2), ("avx512f", .avx512f),
            ("avx512cd", .avx512cd), ("avx512bw", .avx512bw), ("avx512dq", .avx512dq), ("avx512vl", .avx512vl),
        ]

        /// The features by name, as /proc/cpuinfo spells them (sse4.2 aside).
        public var names: [String] { Self.named.filter { contains($0.feature) }.map(\.name) }
    }

    /// What the constructor did.
    public enum Decision: String, Sendable, Codable, Hashable {
        /// OpenBLAS's own kernel is already the best for this CPU, or nothing better is known.
        case kept
        /// Re-executed on the best kernel; `decisionKernel` is the core at load.
        case upgraded
        /// The core at load needs instructions this CPU lacks (only `OPENBLAS_CORETYPE` can do that);
        /// re-executed on the best kernel.
        case downgraded
        /// The chosen kernel, `decisionKernel`, failed its check; back on the core at load.
        case rejected
        /// `MATCH_BLAS_KERNEL` named the kernel, `decisionKernel`.
        case forced
        /// `MATCH_BLAS_KERNEL=keep`: OpenBLAS's own choice, untouched.
        case leftAlone = "left-alone"
        /// A re-execution was needed but failed; `decisionKernel` is the kernel that was wanted.
        case execFailed = "exec-failed"
    }

    public var cpu: CPU
    /// `openblas_get_config()`: version, build options and kernel.
    public var openBLASConfig: String
    /// The core OpenBLAS picked by itself when the program started, before any change.
    public var coreAtLoad: String
    /// The kernel in use now.
    public var kernel: String
    /// The best kernel for this CPU that `OPENBLAS_CORETYPE` accepts, if any beats the generic one.
    public var bestKernel: String?
    public var decision: Decision
    /// The kernel the decision is about (see `Decision`).
    public var decisionKernel: String?
    /// `MATCH_BLAS_KERNEL` as understood: "auto", "keep" or a kernel name.
    public var control: String
    /// Whether the kernel in use passed the check against a plain loop at start-up; only a kernel
    /// the engine chose is checked there, OpenBLAS's own choice is not (see `checkKernel()`).
    public var verified: Bool

    /// The decision in words: "upgraded from Prescott", "rejected SkylakeX", "kept", …
    public var summary: String {
        let about = decisionKernel ?? "?"
        switch decision {
        case .kept: return "kept"
        case .upgraded: return "upgraded from \(about)"
        case .downgraded: return "downgraded from \(about)"
        case .rejected: return "rejected \(about)"
        case .forced: return "forced \(about)"
        case .leftAlone: return "left alone (MATCH_BLAS_KERNEL=keep)"
        case .execFailed: return "re-execution failed (wanted \(about))"
        }
    }

    /// Whether the kernel in use is at least the best one this CPU can run.
    public var isBestForCPU: Bool {
        guard let bestKernel, let best = Self.level(ofKernel: bestKernel) else { return true }
        return (Self.level(ofKernel: kernel) ?? -1) >= best
    }

    /// What this process's start-up found and did.
    public static var current: BLASKernelInfo {
        let decisionKernel = String(cString: match_blas_decision_kernel())
        return BLASKernelInfo(
            cpu: CPU(vendorID: String(cString: match_blas_cpu_vendor_id()),
                     vendor: Vendor(match_blas_cpu_vendor()),
                     brand: String(cString: match_blas_cpu_brand()),
                     family: Int(match_blas_cpu_family()), model: Int(match_blas_cpu_model()),
                     features: Features(rawValue: match_blas_cpu_features())),
            openBLASConfig: String(cString: match_blas_openblas_config()),
            coreAtLoad: String(cString: match_blas_core_at_load()),
            kernel: String(cString: match_blas_kernel_in_use()),
            bestKernel: match_blas_best_for_cpu().map { String(cString: $0) },
            decision: Decision(match_blas_start_decision()),
            decisionKernel: decisionKernel.isEmpty ? nil : decisionKernel,
            control: String(cString: match_blas_control()),
            verified: match_blas_start_check() == MATCH_BLAS_CHECK_PASSED
        )
    }

    // MARK: - The choice, pure

    /// The best kernel `OPENBLAS_CORETYPE` accepts (OpenBLAS 0.3.21) for a CPU with `features`:
    /// SkylakeX with AVX-512 (F, CD, BW, DQ, VL), Zen on AMD and Hygon with AVX2 and FMA, Haswell
    /// on others with AVX2 and FMA, Sandybridge with AVX, Nehalem with SSE4.2; `nil` below that.
    public static func bestKernel(features: Features, vendor: Vendor) -> String? {
        match_blas_best_kernel(features.rawValue, vendor.cValue).map { String(cString: $0) }
    }

    /// The kernel to switch to from `current`, or `nil` to leave it: the best kernel for the CPU
    /// when `current` is below it (OpenBLAS's generic fallback) or above it (a kernel the CPU
    /// cannot run, set through `OPENBLAS_CORETYPE`). Unknown names and CPUs with nothing better
    /// than the generic kernel leave it.
    public static func kernelChoice(features: Features, vendor: Vendor, current: String) -> String? {
        match_blas_choose_kernel(features.rawValue, vendor.cValue, current).map { String(cString: $0) }
    }

    /// The instruction-set level of an OpenBLAS core name: 0 generic (Prescott, Core2, …),
    /// 1 SSE4.2, 2 AVX, 3 AVX2, 4 AVX-512; `nil` for a name it does not know.
    public static func level(ofKernel name: String) -> Int? {
        let level = Int(match_blas_kernel_level(name))
        return level < 0 ? nil : level
    }

    /// Checks the kernel in use now against a plain loop in a forked child (which also catches an
    /// illegal instruction): `true` if they agree, `false` if not, `nil` if the check could not run.
    public static func checkKernel() -> Bool? {
        switch match_blas_check_kernel() {
        case 1: return true
        case 0: return false
        default: return nil
        }
    }

    // MARK: - Throughput

    /// The `cblas_sgemm` rate in GFLOP/s: each of `threads` workers multiplies its own
    /// 1024 × 256 by (1024 × 256)ᵀ, with OpenBLAS at one thread as in the scoring core; the best
    /// of `rounds` rounds of `repetitions` products each.
    ///
    /// - Complexity: `threads × rounds × repetitions` products of 0.54 GFLOP each.
    public static func sgemmGFLOPS(threads: Int, rounds: Int = 3, repetitions: Int = 6) -> Double {
        precondition(threads >= 1 && rounds >= 1 && repetitions >= 1, "sgemmGFLOPS needs positive counts")
        let (rows, columns, depth) = (1024, 1024, 256)
        let executor = ScoringExecutor.shared
        let threads = min(threads, executor.workerLimit)
        let workers = (0..<threads).map { _ in SGEMMOperands(rows: rows, columns: columns, depth: depth) }
        // Through the scoring executor, as the scoring core runs: its workers with OpenBLAS at one thread.
        let runRound = { (repeats: Int) in
            executor.perform(workers: threads) { worker in
                workers[worker].multiply(times: repeats)
            }
        }
        runRound(1) // OpenBLAS's buffers and the threads start outside the timing.
        let clock = ContinuousClock()
        var best = 0.0
        for _ in 0..<rounds {
            let start = clock.now
            runRound(repetitions)
            let seconds = (clock.now - start).inSeconds
            best = max(best, Double(threads * repetitions) * 2.0 * Double(rows * columns * depth) / seconds / 1e9)
        }
        return best
    }
}

extension BLASKernelInfo.Features: Codable {
    public init(from decoder: any Decoder) throws {
        let names = Set(try decoder.singleValueContainer().decode([String].self))
        self = Self(Self.named.filter { names.contains($0.name) }.map(\.feature))
    }

    /// By name, so the JSON reads like /proc/cpuinfo.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(names)
    }
}

extension BLASKernelInfo.Vendor {
    fileprivate init(_ vendor: match_blas_vendor) {
        switch vendor {
        case MATCH_BLAS_VENDOR_INTEL: self = .intel
        case MATCH_BLAS_VENDOR_AMD: self = .amd
        case MATCH_BLAS_VENDOR_HYGON: self = .hygon
        default: self = .other
        }
    }

    fileprivate var cValue: match_blas_vendor {
        switch self {
        case .intel: MATCH_BLAS_VENDOR_INTEL
        case .amd: MATCH_BLAS_VENDOR_AMD
        case .hygon: MATCH_BLAS_VENDOR_HYGON
        case .other: MATCH_BLAS_VENDOR_OTHER
        }
    }
}

extension BLASKernelInfo.Decision {
    fileprivate init(_ decision: match_blas_decision) {
        switch decision {
        case MATCH_BLAS_DECISION_UPGRADED: self = .upgraded
        case MATCH_BLAS_DECISION_DOWNGRADED: self = .downgraded
        case MATCH_BLAS_DECISION_REJECTED: self = .rejected
        case MATCH_BLAS_DECISION_FORCED: self = .forced
        case MATCH_BLAS_DECISION_LEFT_ALONE: self = .leftAlone
        case MATCH_BLAS_DECISION_EXEC_FAILED: self = .execFailed
        default: self = .kept
        }
    }
}

/// One worker's matrices for `sgemmGFLOPS`.
private final class SGEMMOperands: @unchecked Sendable {
    // Unchecked: each worker multiplies only its own operands, one round at a time.
    let rows: Int, columns: Int, depth: Int
    let a: UnsafeMutableBufferPointer<Float>
    let b: UnsafeMutableBufferPointer<Float>
    let c: UnsafeMutableBufferPointer<Float>

    init(rows: Int, columns: Int, depth: Int) {
        (self.rows, self.columns, self.depth) = (rows, columns, depth)
        a = .allocate(capacity: rows * depth)
        b = .allocate(capacity: columns * depth)
        c = .allocate(capacity: rows * columns)
        for i in a.indices { a[i] = Float(i % 17) / 17 }
        for i in b.indices { b[i] = Float(i % 13) / 13 }
        c.initialize(repeating: 0)
    }

    deinit {
        a.deallocate()
        b.deallocate()
        c.deallocate()
    }

    /// `times` products a × bᵀ accumulated into c, the scoring core's layout.
    func multiply(times: Int) {
        for _ in 0..<times {
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(columns), Int32(depth),
                        1, a.baseAddress, Int32(depth), b.baseAddress, Int32(depth), 1, c.baseAddress, Int32(columns))
        }
    }
}
