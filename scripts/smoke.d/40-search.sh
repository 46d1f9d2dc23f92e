# shellcheck shell=bash
# 40-search.sh: the search console (modules/search-ui). Sourced by scripts/app-smoke.sh after its base steps.
# Copies examples/studies/nb201-pixel3.hwsearch.json into the app's working directory, opens it with --open,
# starts Run Search with its shortcut Ctrl+Shift+F6 (fallback: Search menu, first item), waits for the module's
# log line "hwnas.search finished study nb201-pixel3: 480 trials" (at most 120 s), checks the trial store
# next to the study and takes <screenshot>-search-console.png (Pareto scatter, hypervolume, trial table).
# Then the same for a 48-trial cut of examples/studies/mbv2-eyeriss-edp.hwsearch.json (network x accelerator
# co-search) and opens the first trial of its Pareto front with `hwnas --open-trial STUDY` (option of
# modules/search-ui): its network and accelerator documents and the Network Mapping window, which maps every
# layer; waits for "hwnas.mapping network trial-N.hwnet.json on ..." and takes <screenshot>-trial-mapping.png.
# Also checks the engine state the run reported ("hwnas.search engine state of study nb201-pixel3 after batch
# 19: population 24, generation 19, ...") and the trial window's note on which mapping made which figures.
cp "$ROOT/examples/studies/nb201-pixel3.hwsearch.json" "$DOCS/"
rm -f "$DOCS/nb201-pixel3.hwsearch.db"
open_doc "$DOCS/nb201-pixel3.hwsearch.json" 5
if ! grep -q "nb201-pixel3" "$MSGLOG" 2>/dev/null && grep -qi -E "unknown option|unrecognized option" "$WORK/open.out" 2>/dev/null; then
  echo "app-smoke: warning: 40-search: the launcher does not take --open yet; step skipped" >&2
else
  finished() { grep -q "hwnas.search finished study nb201-pixel3" "$MSGLOG" 2>/dev/null; }
  started() { [ -s "$DOCS/nb201-pixel3.hwsearch.db" ] || finished; }
  focus_main
  xdotool key ctrl+shift+F6
  for _ in $(seq 1 10); do started && break; sleep 1; done
  if ! started; then
    log "40-search: shortcut did not start the study; trying Search > Run Search"
    focus_main
    xdotool key alt+s; sleep 1; xdotool key Return
  fi
  for _ in $(seq 1 120); do finished && break; sleep 1; done
  finished || die "40-search: nb201-pixel3 did not finish within 120 s of Run Search (no 'hwnas.search finished' in messages.log)"
  line=$(grep "hwnas.search finished study nb201-pixel3" "$MSGLOG" | tail -1)
  case "$line" in *": 480 trials"*) log "40-search: ${line#*hwnas.search }" ;; *) die "40-search: unexpected result: $line" ;; esac
  [ -s "$DOCS/nb201-pixel3.hwsearch.db" ] || die "40-search: no trial store next to the study"
  state=$(grep "hwnas.search engine state of study nb201-pixel3" "$MSGLOG" | tail -1)
  case "$state" in *"population 24, generation "*) log "40-search: ${state#*hwnas.search }" ;;
    *) die "40-search: no NSGA-II engine state (population, generation) reported: $state" ;; esac
  sleep 3   # the console polls the store every second
  shot search-console "search console: nb201-pixel3 Pareto front, hypervolume, trials"

  # a co-search trial's mapping view
  mkdir -p "$DOCS/studies" "$DOCS/accelerators"
  cp "$ROOT/examples/accelerators/eyeriss-like.hwacc.json" "$DOCS/accelerators/"
  sed 's/"trials": 240/"trials": 48/' "$ROOT/examples/studies/mbv2-eyeriss-edp.hwsearch.json" >"$DOCS/studies/mbv2-eyeriss-edp.hwsearch.json"
  rm -f "$DOCS/studies/mbv2-eyeriss-edp.hwsearch.db"
  open_doc "$DOCS/studies/mbv2-eyeriss-edp.hwsearch.json" 4
  co_finished() { grep -q "hwnas.search finished study mbv2-eyeriss-edp" "$MSGLOG" 2>/dev/null; }
  focus_main
  xdotool key ctrl+shift+F6
  for _ in $(seq 1 120); do co_finished && break; sleep 1; done
  co_finished || die "40-search: mbv2-eyeriss-edp did not finish within 120 s of Run Search"
  log "40-search: $(grep "hwnas.search finished study mbv2-eyeriss-edp" "$MSGLOG" | tail -1 | sed 's/.*hwnas.search //')"
  "$APP" --nosplash --userdir "$UD" --cachedir "$WORK/cache" --open-trial "$DOCS/studies/mbv2-eyeriss-edp.hwsearch.json" \
    >>"$WORK/open.out" 2>&1 || die "40-search: hwnas --open-trial failed: $(tail -2 "$WORK/open.out")"
  mapped=""
  for _ in $(seq 1 120); do
    mapped=$(grep -E "hwnas.mapping network trial-[0-9]+\.hwnet\.json on " "$MSGLOG" 2>/dev/null | tail -1)
    [ -n "$mapped" ] && break
    sleep 1
  done
  [ -n "$mapped" ] || die "40-search: the trial's network mapping did not finish within 120 s"
  log "40-search: ${mapped#*hwnas.mapping }"
  note=$(grep "hwnas.mapping trial note: " "$MSGLOG" | tail -1)
  case "$note" in *"greedy mapping"*"This window maps with the mapper"*) log "40-search: ${note#*hwnas.mapping }" ;;
    *) die "40-search: the trial's mapping window does not say which mapping made the trial's figures: $note" ;; esac
  sleep 3
  shot trial-mapping "mapping view of the first Pareto trial of mbv2-eyeriss-edp"
fi
