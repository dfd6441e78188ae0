#ifndef BLAS_KERNEL_INTERNALS_H
#define BLAS_KERNEL_INTERNALS_H

#include "BLASKernel.h"

// In libopenblas, but not in cblas.h.
char *openblas_get_corename(void);
char *openblas_get_config(void);
void openblas_set_num_threads(int num_threads);

/// What cpuid and xgetbv say about this CPU.
typedef struct {
    char vendor_id[13];
    char brand[49];
    int family;
    int model;
    match_blas_vendor vendor;
    uint32_t features;
} match_blas_cpu;

/// Reads the CPU; all zero (no features) off x86-64.
void match_blas_probe_cpu(match_blas_cpu *cpu);

#endif
