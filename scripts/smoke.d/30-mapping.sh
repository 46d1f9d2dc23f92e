# shellcheck shell=bash
# 30-mapping.sh: the mapping visualizer (modules/mapping-ui). Sourced by scripts/app-smoke.sh after its base
# steps (uses ROOT DOCS MSGLOG WORK, open_doc, shot, log, die).
# Opens examples/mappings/eyeriss-like-conv1.hwmap.json (copied with the accelerator it references) with
# --open, waits for the view's log line "hwnas.mapping shown <file>: <cycles> cycles" and takes
# <screenshot>-mapping.png. Fails if the view did not evaluate the mapping to Timeloop's 86,016 cycles.
mkdir -p "$DOCS/mappings" "$DOCS/accelerators"
cp "$ROOT/examples/mappings/eyeriss-like-conv1.hwmap.json" "$DOCS/mappings/"
cp "$ROOT/examples/accelerators/eyeriss-like.hwacc.json" "$DOCS/accelerators/"
open_doc "$DOCS/mappings/eyeriss-like-conv1.hwmap.json" 2
mapping_ok=""
for _ in $(seq 1 30); do
  if grep -q "hwnas.mapping shown eyeriss-like-conv1.hwmap.json: 86,016 cycles" "$MSGLOG" 2>/dev/null; then mapping_ok=1; break; fi
  sleep 1
done
if [ -n "$mapping_ok" ]; then
  sleep 3
  shot mapping "mapping visualizer: eyeriss-like conv1 (loop nest, charts, PE array)"
elif grep -qi -E "unknown option|unrecognized option|--open" "$WORK/open.out" 2>/dev/null; then
  echo "app-smoke: warning: 30-mapping: the launcher does not take --open yet ($(head -1 "$WORK/open.out")); step skipped" >&2
else
  die "30-mapping: the mapping view did not show eyeriss-like-conv1.hwmap.json at 86,016 cycles within 30 s"
fi
