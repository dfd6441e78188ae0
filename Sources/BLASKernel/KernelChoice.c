#include "KernelInternals.h"

#include <stddef.h>
#include <strings.h>

/// OpenBLAS core names and the instruction-set level each one's kernels need.
static const struct {
    const char *name;
    int level;
} levels[] = {
    {"Katmai", 0}, {"Coppermine", 0}, {"Northwood", 0}, {"Prescott", 0}, {"Banias", 0}, {"Atom", 0},
    {"Core2", 0}, {"Penryn", 0}, {"Dunnington", 0}, {"Athlon", 0}, {"Opteron", 0}, {"Opteron_SSE3", 0},
    {"Barcelona", 0}, {"Nano", 0}, {"Bobcat", 0},
    {"Nehalem", 1},
    {"Sandybridge", 2}, {"Bulldozer", 2}, {"Piledriver", 2},
    {"Haswell", 3}, {"Zen", 3}, {"Steamroller", 3}, {"Excavator", 3},
    {"SkylakeX", 4}, {"Cooperlake", 4}, {"SapphireRapids", 4},
};

/// What OPENBLAS_CORETYPE accepts in 0.3.21: `force_coretype` in driver/others/dynamic.c compares
/// the value case-insensitively with corename[1…24]. Cooperlake is reported but not accepted before
/// 0.3.22 (OpenMathLib/OpenBLAS#3806); an unaccepted name falls back to OpenBLAS's feature test.
static const char *const accepted[] = {
    "Katmai", "Coppermine", "Northwood", "Prescott", "Banias", "Atom", "Core2", "Penryn",
    "Dunnington", "Nehalem", "Athlon", "Opteron", "Opteron_SSE3", "Barcelona", "Nano", "Sandybridge",
    "Bobcat", "Bulldozer", "Piledriver", "Haswell", "Steamroller", "Excavator", "Zen", "SkylakeX",
};

static int has(uint32_t features, uint32_t wanted) { return (features & wanted) == wanted; }

const char *match_blas_best_kernel(uint32_t features, match_blas_vendor vendor) {
    const uint32_t avx512 = MATCH_BLAS_FEATURE_AVX512F | MATCH_BLAS_FEATURE_AVX512CD | MATCH_BLAS_FEATURE_AVX512BW
        | MATCH_BLAS_FEATURE_AVX512DQ | MATCH_BLAS_FEATURE_AVX512VL;
    const uint32_t avx2 = MATCH_BLAS_FEATURE_AVX | MATCH_BLAS_FEATURE_AVX2 | MATCH_BLAS_FEATURE_FMA;
    if (has(features, avx512 | avx2)) return "SkylakeX";
    if (has(features, avx2))
        return vendor == MATCH_BLAS_VENDOR_AMD || vendor == MATCH_BLAS_VENDOR_HYGON ? "Zen" : "Haswell";
    if (has(features, MATCH_BLAS_FEATURE_AVX)) return "Sandybridge";
    if (has(features, MATCH_BLAS_FEATURE_SSE4_2)) return "Nehalem";
    return NULL;
}

int match_blas_kernel_level(const char *core) {
    if (!core) return -1;
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (!strcasecmp(core, levels[i].name)) return levels[i].level;
    return -1;
}

const char *match_blas_choose_kernel(uint32_t features, match_blas_vendor vendor, const char *current) {
    const char *best = match_blas_best_kernel(features, vendor);
    int level = match_blas_kernel_level(current);
    if (!best || level < 0) return NULL;
    return level == match_blas_kernel_level(best) ? NULL : best;
}

const char *match_blas_coretype_name(const char *name) {
    if (!name) return NULL;
    for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++)
        if (!strcasecmp(name, accepted[i])) return accepted[i];
    return NULL;
}
