/* Native reference for `npm run bench:kernel`: the same bitmask backtracking as src/core/solver.ts
 * (no symmetry), and with `all` the same eight-symmetry search as src/core/eightfold.ts (Takaken's
 * method), so each JS/C ratio compares kernels, not algorithms.
 * Usage: queens N [repeats] [all] -> prints "N solutions nodes best_ms median_ms distinct"
 * (distinct is 0 for the plain search, which does not count it). */
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

/* The eight-symmetry search: the board's rows as bits, the current root's bounds and masks. */
static int last, bound1, bound2;
static uint32_t mask, topbit, sidemask, lastmask, endbit;
static uint32_t board[32];
static uint64_t count2, count4, count8;

/* Is the solution on `board` its family's canonical member? Its family's size (2, 4 or 8), or 0. */
static int classify(void) {
  int own, you;
  uint32_t bit, ptn;
  if (board[bound2] == 1) {
    for (ptn = 2, own = 1; own <= last; own++, ptn <<= 1) {
      bit = 1;
      for (you = last; board[you] != ptn && board[own] >= bit; you--) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
    if (own > last) return 2;
  }
  if (board[last] == endbit) {
    for (you = last - 1, own = 1; own <= last; own++, you--) {
      bit = 1;
      for (ptn = topbit; ptn != board[you] && board[own] >= bit; ptn >>= 1) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
    if (own > last) return 4;
  }
  if (board[bound1] == topbit) {
    for (ptn = topbit >> 1, own = 1; own <= last; own++, ptn >>= 1) {
      bit = 1;
      for (you = 0; board[you] != ptn && board[own] >= bit; you++) bit <<= 1;
      if (board[own] > bit) return 0;
      if (board[own] < bit) break;
    }
  }
  return 8;
}

/* The first queen in the corner: every solution found stands for 8. */
static void corner(int y, uint32_t left, uint32_t down, uint32_t right) {
  uint32_t bitmap = mask & ~(left | down | right);
  if (y == last) {
    if (bitmap) {
      nodes++;
      board[y] = bitmap;
      count8++;
    }
    return;
  }
  if (y < bound1) bitmap &= ~2u;
  while (bitmap) {
    uint32_t bit = bitmap & -bitmap;
    bitmap ^= bit;
    nodes++;
    board[y] = bit;
    corner(y + 1, (left | bit) << 1, down | bit, (right | bit) >> 1);
  }
}

/* The first queen off the corner: each solution found is checked against its rotations. */
static void edge(int y, uint32_t left, uint32_t down, uint32_t right) {
  uint32_t bitmap = mask & ~(left | down | right);
  if (y == last) {
    if (bitmap && !(bitmap & lastmask)) {
      nodes++;
      board[y] = bitmap;
      int family = classify();
      if (family == 8) count8++;
      else if (family == 4) count4++;
      else if (family == 2) count2++;
    }
    return;
  }
  if (y < bound1) bitmap &= ~sidemask;
  else if (y == bound2) {
    if (!(down & sidemask)) return;
    if ((down & sidemask) != sidemask) bitmap &= sidemask;
  }
  while (bitmap) {
    uint32_t bit = bitmap & -bitmap;
    bitmap ^= bit;
    nodes++;
    board[y] = bit;
    edge(y + 1, (left | bit) << 1, down | bit, (right | bit) >> 1);
  }
}

/* Every solution and the distinct ones, with all eight symmetries. */
static uint64_t solve_all(int n, uint64_t *distinct) {
  count2 = count4 = count8 = 0;
  if (n == 1) {
    *distinct = 1;
    return 1;
  }
  last = n - 1;
  topbit = 1u << last;
  mask = (1u << n) - 1;
  board[0] = 1;
  for (bound1 = 2; bound1 < last; bound1++) {
    uint32_t bit = 1u << bound1;
    board[1] = bit;
    nodes++;
    corner(2, (2 | bit) << 1, 1 | bit, bit >> 1);
  }
  sidemask = lastmask = topbit | 1;
  endbit = topbit >> 1;
  for (bound1 = 1, bound2 = n - 2; bound1 < bound2; bound1++, bound2--) {
    uint32_t bit = 1u << bound1;
    board[0] = bit;
    nodes++;
    edge(1, bit << 1, bit, bit >> 1);
    lastmask |= lastmask >> 1 | lastmask << 1;
    endbit >>= 1;
  }
  *distinct = count2 + count4 + count8;
  return 2 * count2 + 4 * count4 + 8 * count8;
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
  int all = argc > 3 && argv[3][0] == 'a';
  uint64_t distinct = 0;
  if (n < 1 || n > 20 || repeats < 1 || repeats > 100) return 2;
  double times[100];
  uint64_t count = 0;
  for (int r = 0; r < repeats; r++) {
    nodes = 0;
    double t0 = now_ms();
    count = all ? solve_all(n, &distinct) : solve((1u << n) - 1, 0, 0, 0);
    times[r] = now_ms() - t0;
  }
  qsort(times, repeats, sizeof times[0], compare);
  printf("%d %llu %llu %.3f %.3f %llu\n", n, (unsigned long long)count, (unsigned long long)nodes, times[0],
         times[repeats / 2], (unsigned long long)distinct);
  return 0;
}
