# Smoke step of the accelerator-architecture editor (modules/accelerator-ui), sourced by scripts/app-smoke.sh.
# Opens a copy of examples/accelerators/eyeriss-like.hwacc.json with open_doc (--open to the running app),
# waits for the Design view (its one INFO line in messages.log), picks the alexnet example in the summary's
# Network chooser (Alt+N, then "a") so the per-layer table fills, and takes <shot>-accelerator-design.png.
# Fails when the editor does not open.
ACC_DOC="$DOCS/eyeriss-like.hwacc.json"
cp "$ROOT/examples/accelerators/eyeriss-like.hwacc.json" "$ACC_DOC" || die "accelerator step: cannot copy the example to $DOCS"
acc_wait_open() { # file name -> 0 when the Design view logged that it opened the file (within ~20 s)
  for _ in $(seq 1 40); do
    grep -q -F "hwnas.accelerator design view opened $1:" "$MSGLOG" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}
open_doc "$ACC_DOC" 4
if acc_wait_open eyeriss-like.hwacc.json; then
  log "accelerator editor opened ${ACC_DOC#"$WORK"/}: $(grep -F 'hwnas.accelerator design view opened' "$MSGLOG" | tail -1 | sed 's/.*opened [^:]*: //')"
else
  die "the accelerator editor did not open ${ACC_DOC#"$WORK"/} (no 'hwnas.accelerator design view opened' in messages.log; open_doc output: $(tail -3 "$WORK/open.out" 2>/dev/null | tr '\n' ' '))"
fi
sleep 2
xdotool key alt+n; sleep 0.5; xdotool type --delay 50 a   # Network: alexnet (first example starting with "a")
sleep 8                                                      # mapper + loopnest for 8 layers, off the EDT
shot accelerator-design "accelerator Design view (eyeriss-like, alexnet per-layer table)"
