#include "KernelInternals.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>

/// The state components the OS saves on a context switch; an instruction set is usable only if its
/// registers are among them.
static uint64_t saved_state_components(void) {
    uint32_t eax, edx;
    __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
    return ((uint64_t)edx << 32) | eax;
}

static void read_brand(char brand[49]) {
    unsigned int top = __get_cpuid_max(0x80000000u, NULL);
    if (top < 0x80000004u) return;
    unsigned int words[12];
    for (unsigned int leaf = 0; leaf < 3; leaf++)
        __cpuid(0x80000002u + leaf, words[leaf * 4], words[leaf * 4 + 1], words[leaf * 4 + 2], words[leaf * 4 + 3]);
    memcpy(brand, words, 48);
    brand[48] = '\0';
    // Brand strings come padded with spaces on either side.
    char *start = brand;
    while (*start == ' ') start++;
    memmove(brand, start, strlen(start) + 1);
    for (size_t end = strlen(brand); end > 0 && brand[end - 1] == ' '; end--) brand[end - 1] = '\0';
}

void match_blas_probe_cpu(match_blas_cpu *cpu) {
    memset(cpu, 0, sizeof *cpu);
    unsigned int eax, ebx, ecx, edx;
    unsigned int top = __get_cpuid_max(0, NULL);
    if (top == 0) return;
    __cpuid(0, eax, ebx, ecx, edx);
    memcpy(cpu->vendor_id, &ebx, 4);
    memcpy(cpu->vendor_id + 4, &edx, 4);
    memcpy(cpu->vendor_id + 8, &ecx, 4);
    cpu->vendor_id[12] = '\0';
    if (!strcmp(cpu->vendor_id, "GenuineIntel")) cpu->vendor = MATCH_BLAS_VENDOR_INTEL;
    else if (!strcmp(cpu->vendor_id, "AuthenticAMD")) cpu->vendor = MATCH_BLAS_VENDOR_AMD;
    else if (!strcmp(cpu->vendor_id, "HygonGenuine")) cpu->vendor = MATCH_BLAS_VENDOR_HYGON;
    read_brand(cpu->brand);

    __cpuid(1, eax, ebx, ecx, edx);
    unsigned int base_family = (eax >> 8) & 0xf, base_model = (eax >> 4) & 0xf;
    cpu->family = (int)(base_family == 0xf ? base_family + ((eax >> 20) & 0xff) : base_family);
    cpu->model = (int)((base_family == 0x6 || base_family == 0xf) ? (((eax >> 16) & 0xf) << 4) | base_model : base_model);

    uint32_t features = 0;
    if (ecx & bit_SSE4_2) features |= MATCH_BLAS_FEATURE_SSE4_2;
    int os_saves_avx = 0, os_saves_avx512 = 0;
    if (ecx & bit_OSXSAVE) {
        uint64_t saved = saved_state_components();
        os_saves_avx = (saved & 0x6) == 0x6;      // SSE and AVX (YMM upper halves)
        os_saves_avx512 = (saved & 0xe6) == 0xe6; // and opmask, ZMM upper halves, ZMM16–31
    }
    if (!os_saves_avx) {
        cpu->features = features;
        return;
    }
    if (ecx & bit_AVX) features |= MATCH_BLAS_FEATURE_AVX;
    if (ecx & bit_FMA) features |= MATCH_BLAS_FEATURE_FMA;
    if (top >= 7) {
        __cpuid_count(7, 0, eax, ebx, ecx, edx);
        if (ebx & bit_AVX2) features |= MATCH_BLAS_FEATURE_AVX2;
        if (os_saves_avx512) {
            if (ebx & bit_AVX512F) features |= MATCH_BLAS_FEATURE_AVX512F;
            if (ebx & bit_AVX512CD) features |= MATCH_BLAS_FEATURE_AVX512CD;
            if (ebx & bit_AVX512BW) features |= MATCH_BLAS_FEATURE_AVX512BW;
            if (ebx & bit_AVX512DQ) features |= MATCH_BLAS_FEATURE_AVX512DQ;
            if (ebx & bit_AVX512VL) features |= MATCH_BLAS_FEATURE_AVX512VL;
        }
    }
    cpu->features = features;
}

#else

void match_blas_probe_cpu(match_blas_cpu *cpu) { memset(cpu, 0, sizeof *cpu); }

#endif
