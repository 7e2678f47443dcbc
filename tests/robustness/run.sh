#!/usr/bin/env bash
# mica on mutated programs: whatever the input, it must exit with 0 or 1 (never a signal or an
# internal error), within 10 s, and never leave an output file behind when it fails.
# Mutants come from tests/programs with fixed seeds; prints PASS/FAIL per group, exits 0.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MICA=${MICA:-$ROOT/build/mica}
TMP=$(mktemp -d /tmp/mica-robust.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT/tests/programs" || exit 0
progs=(*.c)
per_group=${MUTANTS:-25}
for group in 0 1 2 3 4 5 6 7 8 9 10 11; do
    bad=""
    for ((k = 0; k < per_group; k++)); do
        seed=$((group * 1000 + k))
        src=${progs[$(( (seed * 7919) % ${#progs[@]} ))]}
        python3 "$ROOT/tests/robustness/mutate.py" "$seed" "$src" "$TMP/m.c"
        rm -f "$TMP/out"
        timeout 10 "$MICA" -w "$TMP/m.c" -o "$TMP/out" > /dev/null 2> "$TMP/err"
        st=$?
        if [ $st -ne 0 ] && [ $st -ne 1 ]; then
            bad="seed $seed ($src): exit status $st: $(grep -m1 -i 'fatal\|error' "$TMP/err" | cut -c1-150)"
            cp "$TMP/m.c" "$TMP/crash-$seed.c"
            break
        fi
        if grep -q "internal error" "$TMP/err"; then
            bad="seed $seed ($src): $(grep -m1 'internal error' "$TMP/err" | cut -c1-150)"
            break
        fi
        if [ $st -ne 0 ] && [ -e "$TMP/out" ]; then
            bad="seed $seed ($src): failed but left an output file"
            break
        fi
    done
    if [ -n "$bad" ]; then echo "FAIL robustness-$group: $bad"; else echo "PASS robustness-$group"; fi
done
exit 0
