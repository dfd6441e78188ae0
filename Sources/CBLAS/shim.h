#ifndef CBLAS_SHIM_H
#define CBLAS_SHIM_H
#include <cblas.h>
// Thread control lives in OpenBLAS itself, not in the cblas.h standard.
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);
#endif
