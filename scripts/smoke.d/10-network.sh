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
