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
# the Source tab: click into the graph (keyboard focus in the editor), MultiView's next-tab shortcut
# (Ctrl+Alt+PageDown), then back
eval "$(xdotool getwindowgeometry --shell "$WID")"
xdotool mousemove $((X + WIDTH * 55 / 100)) $((Y + HEIGHT * 60 / 100)) click 1; sleep 1
xdotool key ctrl+alt+Next; sleep 2
shot network-source "network editor, Source view"
xdotool key ctrl+alt+Prior; sleep 1
