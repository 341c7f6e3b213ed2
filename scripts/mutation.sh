#!/usr/bin/env bash
# Mutation testing of the library packages with gremlins (pinned below).
#
#   scripts/mutation.sh                 # every library package
#   scripts/mutation.sh metrics funding # some of them
#
# Prints one row a package: killed, lived, timed out, not covered and the
# efficacy, counting timeouts as killed: (killed + timed out) / (killed +
# timed out + lived). Exits 1 when a package is below MIN_EFFICACY (90).
# Survivors judged equivalent are listed in scripts/mutation-equivalent.txt
# with a reason; they are reported but not counted as lived.
set -euo pipefail
cd "$(dirname "$0")/.."

GREMLINS_VERSION=v0.6.0
MIN_EFFICACY=${MIN_EFFICACY:-90}
bin="$(go env GOPATH)/bin/gremlins-$GREMLINS_VERSION"
if [ ! -x "$bin/gremlins" ]; then
  GOBIN="$bin" go install "github.com/go-gremlins/gremlins/cmd/gremlins@$GREMLINS_VERSION"
fi

pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(policy metrics hierarchy staffing incentives funding services)
equivalent=scripts/mutation-equivalent.txt
logdir=$(mktemp -d)
fail=0
printf '%-12s %7s %6s %9s %12s %11s %9s\n' package killed lived timed-out not-covered equivalent efficacy
for p in "${pkgs[@]}"; do
  log="$logdir/${p//\//_}.txt"
  "$bin/gremlins" unleash --workers 1 --timeout-coefficient 3 "./$p" >"$log" 2>&1 || true
  # Survivors listed as equivalent ("package file:line:col MUTATOR reason").
  eq=0
  lived=0
  while read -r status kind at pos; do
    [ "$status" = LIVED ] || continue
    if [ -f "$equivalent" ] && grep -q "^$p $pos $kind " "$equivalent"; then
      eq=$((eq + 1))
    else
      lived=$((lived + 1))
      echo "  LIVED $kind $p/$pos" >>"$logdir/lived.txt"
    fi
  done < <(grep -E '^ *(LIVED) ' "$log")
  killed=$(grep -cE '^ *KILLED ' "$log" || true)
  timedout=$(grep -cE '^ *TIMED OUT ' "$log" || true)
  notcov=$(grep -cE '^ *NOT COVERED ' "$log" || true)
  total=$((killed + timedout + lived))
  eff=$(awk -v k=$((killed + timedout)) -v t=$total 'BEGIN { if (t == 0) print "100.00"; else printf "%.2f", 100 * k / t }')
  printf '%-12s %7d %6d %9d %12d %11d %8s%%\n' "$p" "$killed" "$lived" "$timedout" "$notcov" "$eq" "$eff"
  if awk -v e="$eff" -v m="$MIN_EFFICACY" 'BEGIN { exit !(e + 0 < m + 0) }'; then fail=1; fi
done
if [ -f "$logdir/lived.txt" ]; then
  echo "survivors:"; cat "$logdir/lived.txt"
fi
rm -rf "$logdir"
exit $fail
