# shellcheck shell=bash
# Smoke step of the network-graph editor (modules/network-ui), sourced by scripts/app-smoke.sh:
# opens examples/networks/resnet50.hwnet.json in the running application (--open), waits until the editor
# logs that it painted the graph, and takes screenshots of the Graph view (<shot>-network-graph.png) and of
# the Source view (<shot>-network-source.png).
NET_DOC="$DOCS/resnet50.hwnet.json"
cp "$ROOT/examples/networks/resnet50.hwnet.json" "$NET_DOC" || die "cannot copy the ResNet-50 example to $DOCS"
open_doc "$NET_DOC" 2
NET_LINE=""
for _ in $(seq 1 60); do
  NET_LINE=$(grep -o 'network editor: resnet50.hwnet.json.*' "$MSGLOG" 2>/dev/null | head -1)
  [ -n "$NET_LINE" ] && break
  sleep 0.5
done
[ -n "$NET_LINE" ] || die "the network editor did not show resnet50.hwnet.json within 30 s (no 'network editor:' line in messages.log; --open output: $(tail -3 "$WORK/open.out" 2>/dev/null))"
log "$NET_LINE"
sleep 2
shot network-graph "network editor, Graph view of ResNet-50"
# the Source tab: click its MultiView button. No window manager, so the layout of a fresh userdir on the
# 1280x800 screen is fixed: Favorites on the left, the editor's Graph/Source buttons at (+444, +107) of the
# main window (the Graph button 61 px to the left).
eval "$(xdotool getwindowgeometry --shell "$WID")"
xdotool mousemove $((X + 444)) $((Y + 107)) click 1; sleep 2
shot network-source "network editor, Source view"
xdotool mousemove $((X + 383)) $((Y + 107)) click 1; sleep 1
# Edit in the graph and undo: select conv1 (the second node of the column, in view after opening), press
# Delete (the editor logs the model edit), then Ctrl+Z: the document's undo must bring the text back (the
# editor re-reads it: 175 layers again).
count_reread() { grep -c 'network editor: resnet50.hwnet.json re-read from the text, 175 layers' "$MSGLOG" 2>/dev/null; }
# messages.log is written with a delay: poll for a condition, at most 15 s
net_wait() { for _ in $(seq 1 30); do eval "$1" && return 0; sleep 0.5; done; return 1; }
xdotool mousemove $((X + 669)) $((Y + 273)) click 1; sleep 1
xdotool key Delete; sleep 2
shot network-edit "network editor after deleting conv1"
net_wait "grep -q 'network editor: Delete conv1 in resnet50.hwnet.json, 174 layers' '$MSGLOG'" \
  || die "selecting conv1 and pressing Delete did not change the network (no 'Delete conv1' line in messages.log)"
BEFORE=$(count_reread)
xdotool key ctrl+z; sleep 1
net_wait '[ "$(count_reread)" -gt "$BEFORE" ]' || die "Ctrl+Z after the graph edit did not restore the 175 layers"
log "graph edit (Delete conv1) and its undo went through the document"
# the Properties of a layer: right-click conv1 > Properties (the first item of its menu)
xdotool mousemove $((X + 669)) $((Y + 273)) click 3; sleep 1
xdotool mousemove_relative 36 12 click 1; sleep 2
shot network-properties "network editor, Properties of conv1"
# a refused value: out_channels = 0 (the sheet says why and keeps 64)
xdotool mousemove $((X + 681)) $((Y + 207)) click 1; sleep 0.5
xdotool key ctrl+a; xdotool type --delay 50 0; xdotool key Return; sleep 2
shot network-invalid "network editor, out_channels = 0 refused"
xdotool key Escape; sleep 1; xdotool key Escape; sleep 1
# A 498-layer residual network (71 blocks of conv-bn-relu-conv-bn-add-relu after a stem conv), written here,
# opened the same way: the editor logs its open-to-first-paint time.
BIG_DOC="$DOCS/gen498.hwnet.json"
{
  printf '{\n  "format": "network/1",\n  "name": "gen498",\n  "input": {"name": "x", "shape": [1, 32, 32, 32]},\n  "layers": [\n'
  printf '    {"name": "stem", "kind": "conv2d", "out_channels": 32, "kernel": 3, "padding": 1, "bias": false}'
  prev=stem
  for b in $(seq 0 70); do
    printf ',\n    {"name": "b%s.conv1", "kind": "conv2d", "inputs": ["%s"], "out_channels": 32, "kernel": 3, "padding": 1, "bias": false}' "$b" "$prev"
    printf ',\n    {"name": "b%s.bn1", "kind": "batch_norm"},\n    {"name": "b%s.relu1", "kind": "relu"}' "$b" "$b"
    printf ',\n    {"name": "b%s.conv2", "kind": "conv2d", "out_channels": 32, "kernel": 3, "padding": 1, "bias": false}' "$b"
    printf ',\n    {"name": "b%s.bn2", "kind": "batch_norm"}' "$b"
    printf ',\n    {"name": "b%s.add", "kind": "add", "inputs": ["b%s.bn2", "%s"]},\n    {"name": "b%s.relu2", "kind": "relu"}' "$b" "$b" "$prev" "$b"
    prev="b$b.relu2"
  done
  printf '\n  ]\n}\n'
} >"$BIG_DOC"
open_doc "$BIG_DOC" 2
net_wait "grep -q 'network editor: gen498.hwnet.json with 498 layers shown' '$MSGLOG'" \
  || die "the network editor did not show the generated 498-layer network within 15 s"
log "$(grep -o 'network editor: gen498.hwnet.json.*' "$MSGLOG" | head -1)"
shot network-gen498 "network editor, generated 498-layer network"
