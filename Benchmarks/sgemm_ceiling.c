/*
 * The raw cblas_sgemm ceiling of this machine for the scoring core's tile shape.
 *
 * Each of T threads multiplies its own M x K by (N x K)^T tile again and again with OpenBLAS
 * limited to one thread — the scoring core's layout and parallelism, but with no top-k, no
 * zeroing and no tiling bookkeeping — and the best of three rounds is printed as one JSON line.
 * Nothing that ranks or selects can be faster than this.
 *
 *   cc -O2 Benchmarks/sgemm_ceiling.c $(pkg-config --cflags --libs openblas) -lpthread -o /tmp/sgemm-ceiling
 *   /tmp/sgemm-ceiling 1024 1024 256 2
 */
#include <cblas.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

extern void openblas_set_num_threads(int);

typedef struct { int m, n, k, repeats; float *a, *b, *c; } Tile;

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void *multiply(void *argument) {
    Tile *t = argument;
    for (int r = 0; r < t->repeats; r++)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, t->m, t->n, t->k,
                    1, t->a, t->k, t->b, t->k, 1, t->c, t->n);
    return NULL;
}

static float *filled(size_t count) {
    float *p = malloc(count * sizeof(float));
    if (!p) { perror("malloc"); exit(1); }
    for (size_t i = 0; i < count; i++) p[i] = (float)rand() / (float)RAND_MAX;
    return p;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s ROWS COLUMNS DEPTH THREADS\n", argv[0]);
        return 2;
    }
    int m = atoi(argv[1]), n = atoi(argv[2]), k = atoi(argv[3]), threads = atoi(argv[4]);
    if (m <= 0 || n <= 0 || k <= 0 || threads <= 0 || threads > 64) {
        fprintf(stderr, "ROWS, COLUMNS, DEPTH must be positive and THREADS 1...64\n");
        return 2;
    }
    openblas_set_num_threads(1);
    double flops = 2.0 * m * n * k;
    int repeats = (int)(2e10 / flops) + 1; /* about 0.25 s per thread per round */
    Tile *tiles = calloc(threads, sizeof(Tile));
    pthread_t *ids = calloc(threads, sizeof(pthread_t));
    for (int w = 0; w < threads; w++)
        tiles[w] = (Tile){m, n, k, repeats, filled((size_t)m * k), filled((size_t)n * k), filled((size_t)m * n)};
    double best = 0;
    for (int round = 0; round < 3; round++) {
        double start = seconds();
        for (int w = 0; w < threads; w++) pthread_create(&ids[w], NULL, multiply, &tiles[w]);
        for (int w = 0; w < threads; w++) pthread_join(ids[w], NULL);
        double rate = threads * repeats * flops / (seconds() - start) / 1e9;
        if (rate > best) best = rate;
    }
    printf("{\"rows\":%d,\"columns\":%d,\"depth\":%d,\"threads\":%d,\"sgemm_gflops\":%.1f}\n", m, n, k, threads, best);
    return 0;
}
