#include "KernelInternals.h"

#include <cblas.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/// A small integer in [-4, 4], so every product below is exact in float32 (sums stay far below 2^24).
static float small_integer(int i, int j, int salt) { return (float)((i * 7 + j * 3 + salt) % 9 - 4); }

/// C = alpha·A·op(B) + beta·C through `cblas_sgemm`, row-major, compared with a plain loop.
/// Exact equality is right here, unlike elsewhere: integer-valued operands leave no rounding.
static int product_agrees(int m, int k, int n, int transposed, float alpha, float beta) {
    float *a = malloc(sizeof(float) * (size_t)m * k), *b = malloc(sizeof(float) * (size_t)k * n);
    float *c = malloc(sizeof(float) * (size_t)m * n), *expected = malloc(sizeof(float) * (size_t)m * n);
    if (!a || !b || !c || !expected) return 0;
    for (int i = 0; i < m; i++)
        for (int p = 0; p < k; p++) a[i * k + p] = small_integer(i, p, 1);
    // B is k×n, or stored as its transpose n×k.
    for (int p = 0; p < k; p++)
        for (int j = 0; j < n; j++) b[transposed ? j * k + p : p * n + j] = small_integer(p, j, 2);
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++) {
            float sum = 0;
            for (int p = 0; p < k; p++) sum += a[i * k + p] * (transposed ? b[j * k + p] : b[p * n + j]);
            c[i * n + j] = small_integer(i, j, 3);
            expected[i * n + j] = alpha * sum + beta * c[i * n + j];
        }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, transposed ? CblasTrans : CblasNoTrans, m, n, k,
                alpha, a, k, b, transposed ? k : n, beta, c, n);
    int agrees = 1;
    for (int i = 0; i < m * n; i++)
        if (c[i] != expected[i]) agrees = 0;
    free(a), free(b), free(c), free(expected);
    return agrees;
}

int match_blas_check_kernel(void) {
    // Buffered output would otherwise be written twice, once by the child.
    fflush(NULL);
    pid_t child = fork();
    if (child < 0) return -1;
    if (child == 0) {
        // A kernel that crashes should just end the child: no crash report from a handler the
        // runtime installed (Swift's backtracer), no core dump; and one that hangs is a failure.
        const int crashes[] = {SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP};
        for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], SIG_DFL);
        signal(SIGALRM, SIG_DFL);
#if defined(__linux__)
        prctl(PR_SET_DUMPABLE, 0);
#endif
        struct rlimit none = {0, 0};
        setrlimit(RLIMIT_CORE, &none);
        alarm(20);
        openblas_set_num_threads(1);
        // Odd sizes leave ragged edges in every kernel's blocking; the first is small enough for
        // OpenBLAS's small-matrix path, the second goes through packing like the scoring core's
        // tiles (B transposed, accumulating into C).
        int agrees = product_agrees(37, 29, 41, 0, 1, 0) && product_agrees(67, 131, 53, 1, 2, 1);
        _exit(agrees ? 0 : 1);
    }
    int status;
    while (waitpid(child, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
