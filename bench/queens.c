/* Native reference for `npm run bench:kernel`: the same bitmask backtracking as src/core/solver.ts
 * (no symmetry), so the JS/C ratio compares kernels, not algorithms.
 * Usage: queens N [repeats] -> prints "N solutions nodes best_ms median_ms". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint64_t nodes;

static uint64_t solve(uint32_t full, uint32_t cols, uint32_t left, uint32_t right) {
  nodes++;
  if (cols == full) return 1;
  uint64_t count = 0;
  uint32_t free = full & ~(cols | left | right);
  while (free) {
    uint32_t bit = free & -free;
    free ^= bit;
    count += solve(full, cols | bit, (left | bit) << 1, (right | bit) >> 1);
  }
  return count;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 12;
  int repeats = argc > 2 ? atoi(argv[2]) : 5;
  if (n < 1 || n > 20 || repeats < 1 || repeats > 100) return 2;
  double times[100];
  uint64_t count = 0;
  for (int r = 0; r < repeats; r++) {
    nodes = 0;
    double t0 = now_ms();
    count = solve((1u << n) - 1, 0, 0, 0);
    times[r] = now_ms() - t0;
  }
  qsort(times, repeats, sizeof times[0], compare);
  printf("%d %llu %llu %.3f %.3f\n", n, (unsigned long long)count, (unsigned long long)nodes, times[0],
         times[repeats / 2]);
  return 0;
}
