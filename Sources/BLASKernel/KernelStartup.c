#include "KernelInternals.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define CONTROL "MATCH_BLAS_KERNEL"
#define MARK_FROM "MATCH_BLAS_KERNEL_FROM"
#define MARK_REJECTED "MATCH_BLAS_KERNEL_REJECTED"
#define MARK_PID "MATCH_BLAS_KERNEL_PID"

typedef char kernel_name[32];

/// What the constructor found and did; written before main, read-only afterwards.
static struct {
    match_blas_cpu cpu;
    kernel_name core_at_load;
    const char *best;
    match_blas_decision decision;
    kernel_name decision_kernel;
    kernel_name control;
    match_blas_check check;
} record = {.control = "auto"};

static void copy_name(kernel_name destination, const char *source) {
    snprintf(destination, sizeof(kernel_name), "%s", source ? source : "");
}

static int same_name(const char *a, const char *b) { return a && b && !strcasecmp(a, b); }

// MARK: - Re-executing

/// Whether execv("/proc/self/exe", argv) would start this program again: not when it was launched
/// through the dynamic loader (`ld-linux… ./program`), where /proc/self/exe is the loader.
static int can_reexecute(char **argv) {
#if defined(__linux__)
    if (!argv || !argv[0]) return 0;
    char path[4096];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) return 0;
    path[length] = '\0';
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strncmp(base, "ld-", 3) != 0 && strncmp(base, "ld.so", 5) != 0;
#else
    (void)argv;
    return 0;
#endif
}

/// Starts this program again on `coretype`, marking the new process with the core at load and the
/// rejected kernel (if any). Returns only if that failed, with the environment as it was.
static void reexecute(const char *coretype, const char *from, const char *rejected, char **argv) {
    if (!can_reexecute(argv)) return;
    const char *previous = getenv("OPENBLAS_CORETYPE");
    char saved[256];
    snprintf(saved, sizeof saved, "%s", previous ? previous : "");
    char pid[24];
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    setenv("OPENBLAS_CORETYPE", coretype, 1);
    setenv(MARK_FROM, from, 1);
    if (rejected) setenv(MARK_REJECTED, rejected, 1);
    setenv(MARK_PID, pid, 1);
    fflush(NULL);
    execv("/proc/self/exe", argv);
    if (previous) setenv("OPENBLAS_CORETYPE", saved, 1);
    else unsetenv("OPENBLAS_CORETYPE");
    unsetenv(MARK_FROM), unsetenv(MARK_REJECTED), unsetenv(MARK_PID);
}

/// Checks the kernel in use; if it fails, goes back to `original` (or, if that is the one that
/// failed, the best for the CPU, else Prescott) in a re-executed process that will not try again.
static void check_or_go_back(const char *in_use, const char *original, char **argv) {
    int result = match_blas_check_kernel();
    record.check = result == 1 ? MATCH_BLAS_CHECK_PASSED : result == 0 ? MATCH_BLAS_CHECK_FAILED : MATCH_BLAS_CHECK_NOT_RUN;
    if (result != 0) return;
    const char *fallback = !same_name(original, in_use) ? original
        : record.best && !same_name(record.best, in_use) ? record.best : "Prescott";
    reexecute(fallback, original, in_use, argv);
    record.decision = MATCH_BLAS_DECISION_EXEC_FAILED;
    copy_name(record.decision_kernel, fallback);
}

// MARK: - The constructor

/// Runs before main (glibc passes argc, argv and envp to constructors), after libopenblas has
/// loaded and picked its kernel, since the executable depends on it.
__attribute__((constructor)) static void match_blas_choose_kernel_at_start(int argc, char **argv, char **envp) {
    (void)argc, (void)envp;
    match_blas_probe_cpu(&record.cpu);
    record.best = match_blas_best_kernel(record.cpu.features, record.cpu.vendor);
    const char *loaded = openblas_get_corename();

    // The markers belong to this process only if it set them before re-executing itself; a child
    // that inherited them starts afresh. Either way no child sees them.
    kernel_name from = "", rejected = "";
    const char *pid = getenv(MARK_PID);
    if (pid && atol(pid) == (long)getpid()) {
        copy_name(from, getenv(MARK_FROM));
        copy_name(rejected, getenv(MARK_REJECTED));
    }
    unsetenv(MARK_FROM), unsetenv(MARK_REJECTED), unsetenv(MARK_PID);
    copy_name(record.core_at_load, from[0] ? from : loaded);

    const char *control = getenv(CONTROL);
    const char *forced = NULL;
    int keep = 0;
    if (control && *control && strcasecmp(control, "auto")) {
        if (!strcasecmp(control, "keep")) keep = 1;
        else if (!(forced = match_blas_coretype_name(control)) && !from[0]) { // once, not again after exec
            fprintf(stderr, "warning: %s=%s is not a kernel OpenBLAS 0.3.21 accepts in OPENBLAS_CORETYPE "
                            "(use auto, keep, Haswell, Zen, SkylakeX, …); choosing automatically\n", CONTROL, control);
        }
    }
    copy_name(record.control, keep ? "keep" : forced ? forced : "auto");

    if (rejected[0]) { // Third start: back on the original kernel; never re-execute again.
        record.decision = MATCH_BLAS_DECISION_REJECTED;
        copy_name(record.decision_kernel, rejected);
        return;
    }
    if (from[0]) { // Second start: on the chosen kernel, which must pass its check to stay.
        record.decision = forced ? MATCH_BLAS_DECISION_FORCED
            : match_blas_kernel_level(loaded) >= match_blas_kernel_level(from) ? MATCH_BLAS_DECISION_UPGRADED
            : MATCH_BLAS_DECISION_DOWNGRADED;
        copy_name(record.decision_kernel, forced ? loaded : from);
        check_or_go_back(loaded, from, argv);
        return;
    }
    if (keep) {
        record.decision = MATCH_BLAS_DECISION_LEFT_ALONE;
        return;
    }
    if (forced && same_name(forced, loaded)) { // Already on it (through OPENBLAS_CORETYPE): check it here.
        record.decision = MATCH_BLAS_DECISION_FORCED;
        copy_name(record.decision_kernel, loaded);
        check_or_go_back(loaded, loaded, argv);
        return;
    }
    const char *wanted = forced ? forced : match_blas_choose_kernel(record.cpu.features, record.cpu.vendor, loaded);
    if (!wanted) {
        record.decision = MATCH_BLAS_DECISION_KEPT;
        return;
    }
    reexecute(wanted, loaded, NULL, argv);
    record.decision = MATCH_BLAS_DECISION_EXEC_FAILED;
    copy_name(record.decision_kernel, wanted);
}

// MARK: - Getters

const char *match_blas_cpu_vendor_id(void) { return record.cpu.vendor_id; }
match_blas_vendor match_blas_cpu_vendor(void) { return record.cpu.vendor; }
const char *match_blas_cpu_brand(void) { return record.cpu.brand; }
int match_blas_cpu_family(void) { return record.cpu.family; }
int match_blas_cpu_model(void) { return record.cpu.model; }
uint32_t match_blas_cpu_features(void) { return record.cpu.features; }
const char *match_blas_core_at_load(void) { return record.core_at_load; }
const char *match_blas_kernel_in_use(void) { return openblas_get_corename(); }
const char *match_blas_best_for_cpu(void) { return record.best; }
match_blas_decision match_blas_start_decision(void) { return record.decision; }
const char *match_blas_decision_kernel(void) { return record.decision_kernel; }
const char *match_blas_control(void) { return record.control; }
match_blas_check match_blas_start_check(void) { return record.check; }
const char *match_blas_openblas_config(void) { return openblas_get_config(); }
