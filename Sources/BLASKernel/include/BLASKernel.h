#ifndef BLAS_KERNEL_H
#define BLAS_KERNEL_H

// Which OpenBLAS kernel the engine runs on, and why.
//
// OpenBLAS 0.3.21 (Debian 12) falls back to its generic Prescott kernel on CPUs it does not know
// (Intel family 6 model 207 among them, OpenMathLib/OpenBLAS#4267), about 5x slower. A constructor
// in this library runs before main in every process that links it, reads the CPU itself and, when
// the loaded kernel is below what the CPU can run, re-executes the process with OPENBLAS_CORETYPE
// set (OpenBLAS reads it only once, when it loads). The new kernel is checked against a plain loop
// in a forked child before it is trusted. Docs/Performance.md, "Kernel choice", tells the story.
//
// Environment:
//   MATCH_BLAS_KERNEL           auto (default) | keep | an OPENBLAS_CORETYPE name (used, still checked)
//   MATCH_BLAS_KERNEL_FROM      set by the constructor for the re-executed process: the core at load
//   MATCH_BLAS_KERNEL_REJECTED  set by the constructor: the kernel that failed its check
//   MATCH_BLAS_KERNEL_PID       set by the constructor: the process the two markers above belong to

#include <stdint.h>

// MARK: - Choosing (pure)

/// CPU features that decide which kernels can run; each is set only when the OS also saves the
/// registers it needs (XCR0), because a CPU flag alone does not make an instruction usable.
enum {
    MATCH_BLAS_FEATURE_SSE4_2 = 1u << 0,
    MATCH_BLAS_FEATURE_AVX = 1u << 1,
    MATCH_BLAS_FEATURE_FMA = 1u << 2,
    MATCH_BLAS_FEATURE_AVX2 = 1u << 3,
    MATCH_BLAS_FEATURE_AVX512F = 1u << 4,
    MATCH_BLAS_FEATURE_AVX512CD = 1u << 5,
    MATCH_BLAS_FEATURE_AVX512BW = 1u << 6,
    MATCH_BLAS_FEATURE_AVX512DQ = 1u << 7,
    MATCH_BLAS_FEATURE_AVX512VL = 1u << 8,
};

/// The CPU maker, as far as the kernel choice cares.
typedef enum {
    MATCH_BLAS_VENDOR_OTHER = 0,
    MATCH_BLAS_VENDOR_INTEL = 1,
    MATCH_BLAS_VENDOR_AMD = 2,
    /// Zen-based, so it runs the Zen kernels.
    MATCH_BLAS_VENDOR_HYGON = 3,
} match_blas_vendor;

/// The best kernel that OPENBLAS_CORETYPE accepts (in OpenBLAS 0.3.21) for a CPU with `features`,
/// or NULL when none is better than the generic one. Returns a static string.
const char *match_blas_best_kernel(uint32_t features, match_blas_vendor vendor);

/// The instruction-set level of an OpenBLAS core name (case-insensitive): 0 generic (Prescott,
/// Core2, Barcelona, …), 1 SSE4.2 (Nehalem), 2 AVX (Sandybridge, Bulldozer, Piledriver),
/// 3 AVX2 (Haswell, Zen, Steamroller, Excavator), 4 AVX-512 (SkylakeX, Cooperlake,
/// SapphireRapids); -1 for a name it does not know, "Unknown" included.
int match_blas_kernel_level(const char *core);

/// The kernel to switch to from `current` on a CPU with `features`, or NULL to leave it: the best
/// kernel when `current` is below it, or above it (only OPENBLAS_CORETYPE can load a kernel the
/// CPU cannot run). An unknown `current` or no usable best kernel leaves it. Returns a static string.
const char *match_blas_choose_kernel(uint32_t features, match_blas_vendor vendor, const char *current);

/// The spelling OpenBLAS 0.3.21 reports for `name` if its OPENBLAS_CORETYPE accepts it
/// (case-insensitive; Katmai … SkylakeX, not Cooperlake), else NULL. Returns a static string.
const char *match_blas_coretype_name(const char *name);

// MARK: - What happened at start-up

/// What the constructor did.
typedef enum {
    /// The loaded kernel is already the best for this CPU, or nothing better is known.
    MATCH_BLAS_DECISION_KEPT = 0,
    /// Re-executed on the best kernel; `match_blas_decision_kernel` names the core at load.
    MATCH_BLAS_DECISION_UPGRADED = 1,
    /// The loaded kernel needed instructions this CPU lacks; re-executed on the best one.
    MATCH_BLAS_DECISION_DOWNGRADED = 2,
    /// The chosen kernel failed its check and the process went back; names the rejected kernel.
    MATCH_BLAS_DECISION_REJECTED = 3,
    /// MATCH_BLAS_KERNEL named the kernel; names it.
    MATCH_BLAS_DECISION_FORCED = 4,
    /// MATCH_BLAS_KERNEL=keep: OpenBLAS's own choice, untouched.
    MATCH_BLAS_DECISION_LEFT_ALONE = 5,
    /// A re-execution was needed but failed; names the kernel that was wanted.
    MATCH_BLAS_DECISION_EXEC_FAILED = 6,
} match_blas_decision;

/// The check of the kernel in use against a plain loop.
typedef enum {
    /// Not run: the kernel is OpenBLAS's own choice, or the check could not start.
    MATCH_BLAS_CHECK_NOT_RUN = 0,
    MATCH_BLAS_CHECK_PASSED = 1,
    MATCH_BLAS_CHECK_FAILED = 2,
} match_blas_check;

/// The CPU vendor string from cpuid ("GenuineIntel", "AuthenticAMD", …), "" off x86-64.
const char *match_blas_cpu_vendor_id(void);
match_blas_vendor match_blas_cpu_vendor(void);
/// The brand string from cpuid, trimmed.
const char *match_blas_cpu_brand(void);
/// Family and model as Linux shows them (extended fields added in).
int match_blas_cpu_family(void);
int match_blas_cpu_model(void);
/// MATCH_BLAS_FEATURE_* bits usable on this CPU and OS.
uint32_t match_blas_cpu_features(void);

/// The core OpenBLAS picked when it loaded in the first process of this program, before any change.
const char *match_blas_core_at_load(void);
/// The kernel OpenBLAS runs now (`openblas_get_corename()`).
const char *match_blas_kernel_in_use(void);
/// `match_blas_best_kernel` for this CPU, or NULL.
const char *match_blas_best_for_cpu(void);
match_blas_decision match_blas_start_decision(void);
/// The kernel the decision is about (see `match_blas_decision`), in `match_blas_start_decision`, "" when none.
const char *match_blas_decision_kernel(void);
/// MATCH_BLAS_KERNEL as understood: "auto", "keep" or a kernel name.
const char *match_blas_control(void);
/// The start-up check of the kernel in use.
match_blas_check match_blas_start_check(void);

/// Checks the kernel in use now: exact small products through `cblas_sgemm` against a plain loop,
/// in a forked child so that an illegal instruction is caught too.
/// Returns 1 when they agree, 0 when the child disagreed or crashed, -1 when it could not run.
int match_blas_check_kernel(void);

/// `openblas_get_config()`: version, build options and the kernel in use.
const char *match_blas_openblas_config(void);

#endif
