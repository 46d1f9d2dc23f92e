#!/usr/bin/env bash
# End-to-end checks of ./hwnas as a user runs it: valid examples pass, every malformed document fails
# with exit 1 and clear one-line errors (no stack trace), info prints the documented figures.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

# 1. every bundled example validates
examples=$(find examples -name '*.hw*.json' | sort)
if out=$(./hwnas validate $examples 2>&1); then ok; else bad "examples do not validate:"; echo "$out" >&2; fi

# 2. every malformed document: exit 1, at least one line, every line 'file...: reason', no stack trace
corpus=$(find modules/*/src/test/resources/malformed -type f -name '*.json' 2>/dev/null | sort)
n=0
for f in $corpus; do
  n=$((n+1))
  out=$(./hwnas validate "$f" 2>&1); rc=$?
  if [ $rc -ne 1 ]; then bad "$f: exit $rc, expected 1"; continue; fi
  if [ -z "$out" ]; then bad "$f: no message"; continue; fi
  if grep -qE 'Exception|^\s+at [a-z]' <<<"$out"; then bad "$f: stack trace in output: $out"; continue; fi
  if grep -qv "^$f" <<<"$out"; then bad "$f: a line does not name the file: $out"; continue; fi
  ok
done
if [ "$n" -lt 20 ]; then bad "only $n malformed documents in the corpus (want 20+)"; fi

# 3. a missing file and an unknown command are clean one-liners
out=$(./hwnas validate no/such/file.hwnet.json 2>&1); rc=$?
if [ $rc -eq 1 ] && grep -q "no such file" <<<"$out"; then ok; else bad "missing file: rc=$rc $out"; fi
out=$(./hwnas frobnicate 2>&1); rc=$?
if [ $rc -eq 2 ]; then ok; else bad "unknown command: rc=$rc"; fi

# 4. info on ResNet-50: published totals (4.09 GMACs, 25.56 M params) in the JSON
if json=$(./hwnas info examples/networks/resnet50.hwnet.json --json 2>&1); then
  if python3 - "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
macs, params = d["totals"]["macs"], d["totals"]["params"]
assert abs(macs - 4.09e9) / 4.09e9 < 0.01, macs
assert params == 25557032, params
PY
  then ok; else bad "resnet50 totals"; fi
else bad "info resnet50 failed: $json"; fi

# latency models: the derived LUT reproduces the additive eyeriss model; bad input is one line, exit 1
A='|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|'
if json=$(./hwnas predict --model lut --device eyeriss --arch "$A" --json 2>&1) \
   && python3 -c 'import json,sys; v=json.loads(sys.argv[1])["predictions"][0]["latency_ms"]; assert abs(v-9.05234)<1e-4, v' "$json"; then ok
else bad "predict lut eyeriss: $json"; fi
out=$(./hwnas latency-check --model proxy-adapted --device fpga --samples 4 2>&1); rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] && grep -q "at least 6 target samples" <<<"$out"; then ok; else bad "latency-check few samples: rc=$rc $out"; fi

echo "cli-e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
