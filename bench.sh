#!/usr/bin/env bash
# The national-scale benchmarks, each beside its floor (a plain-slice,
# int64 computation of the same answer), with -count 5:
#
#   ./bench.sh            # all of them
#   ./bench.sh staffing   # one package
#
# Prints the median of each figure over the runs, and for each benchmark
# paired with its floor below the ratio of their medians: of CPU time per
# operation (cpu-ns/op) where both report it, which holds on a shared
# machine, and of wall time otherwise. Raw output is kept in bench.out.
set -euo pipefail
cd "$(dirname "$0")"
COUNT=${COUNT:-5}
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(hierarchy staffing incentives funding services)
args=()
for p in "${pkgs[@]}"; do args+=("./$p"); done
go test -run '^$' -bench 'National' -benchmem -count "$COUNT" -timeout 60m "${args[@]}" | tee bench.out >&2
pairs='
hierarchy.BenchmarkNationalNetwork hierarchy.BenchmarkNationalFloor
staffing.BenchmarkNationalStaffing staffing.BenchmarkNationalStaffingFloor
incentives.BenchmarkNationalPayroll incentives.BenchmarkNationalPayrollInt64
funding.BenchmarkNationalAllocation/units-shuffled-662373 funding.BenchmarkNationalAllocation/units-shuffled-662373-floor
services.BenchmarkNationalOutputData services.BenchmarkNationalOutputDataFloor
dataset.BenchmarkNationalRead/network dataset.BenchmarkNationalReadFloor/network
dataset.BenchmarkNationalRead/roster dataset.BenchmarkNationalReadFloor/roster
'
awk -v pairs="$pairs" '
  /^pkg: / { pkg = $2; sub(".*/", "", pkg) }
  /^Benchmark/ {
    name = $1; sub(/-[0-9]+$/, "", name); key = pkg "." name
    if (!(key in n)) order[++k] = key
    i = ++n[key]
    for (f = 3; f < NF; f += 2) { vals[key, $(f+1), i] = $f; if (!((key, $(f+1)) in unit)) { unit[key, $(f+1)] = 1; units[key] = units[key] " " $(f+1) } }
  }
  function median(key, u,    m, i, j, a, t) {
    m = n[key]
    for (i = 1; i <= m; i++) a[i] = vals[key, u, i] + 0
    for (i = 2; i <= m; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
    return (m % 2) ? a[(m+1)/2] : (a[m/2] + a[m/2+1]) / 2
  }
  END {
    printf "%-52s %14s %14s %12s  %s\n", "benchmark (median of runs)", "ms/op", "MB/op", "allocs/op", "other metrics"
    for (o = 1; o <= k; o++) {
      key = order[o]; other = ""
      split(substr(units[key], 2), us, " ")
      for (u in us) if (us[u] != "ns/op" && us[u] != "B/op" && us[u] != "allocs/op") other = other sprintf(" %s %s", median(key, us[u]), us[u])
      printf "%-52s %14.2f %14.2f %12d %s\n", key, median(key, "ns/op") / 1e6, median(key, "B/op") / 1e6, median(key, "allocs/op"), other
    }
    print ""
    printf "%-64s %8s  %s\n", "ratio to its floor (medians)", "ratio", "of"
    np = split(pairs, pl, "\n")
    for (i = 1; i <= np; i++) {
      if (split(pl[i], pp, " ") != 2 || !(pp[1] in n) || !(pp[2] in n)) continue
      u = ((pp[1], "cpu-ns/op") in unit && (pp[2], "cpu-ns/op") in unit) ? "cpu-ns/op" : "ns/op"
      printf "%-64s %8.2f  %s\n", pp[1], median(pp[1], u) / median(pp[2], u), u
    }
  }' bench.out
