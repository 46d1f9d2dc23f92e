# A shared study in PostgreSQL, run by a CLI worker, watched in the IDE with --watch-study.
# Runs when a server is given (scripts/test-all.sh starts one and exports HWNAS_PG_URL); skipped otherwise.
if [ -z "${HWNAS_PG_URL:-}" ]; then
  log "45-watch: no HWNAS_PG_URL, skipped (scripts/test-all.sh starts a throw-away server)"
else
  J=(java -Dai.djl.offline=true -jar "$ROOT/modules/cli/target/hwnas-cli.jar")
  W="watched-$$"
  sed 's/"trials": 480/"trials": 48/' "$ROOT/examples/studies/nb201-pixel3.hwsearch.json" >"$DOCS/shared.hwsearch.json"
  "${J[@]}" study create "$DOCS/shared.hwsearch.json" --storage "$HWNAS_PG_URL" --name "$W" >"$WORK/create.out" 2>&1 \
    || die "45-watch: study create: $(tail -3 "$WORK/create.out")"
  "${J[@]}" worker --storage "$HWNAS_PG_URL" --study "$W" --threads 2 >"$WORK/worker.out" 2>&1 \
    || die "45-watch: worker: $(tail -3 "$WORK/worker.out")"
  log "45-watch: worker: $(tail -1 "$WORK/worker.out")"
  "$APP" --nosplash --userdir "$UD" --cachedir "$WORK/cache" --watch-study "$DOCS/shared.hwsearch.json" "$HWNAS_PG_URL" "$W" \
    >>"$WORK/open.out" 2>&1 || die "45-watch: --watch-study failed: $(tail -2 "$WORK/open.out")"
  for _ in $(seq 1 30); do grep -q "hwnas.search console watches study $W in .*: 48 trials" "$MSGLOG" 2>/dev/null && break; sleep 1; done
  grep -q "hwnas.search console watches study $W in .*: 48 trials" "$MSGLOG" \
    || die "45-watch: the console did not show the 48 trials of the shared study: $(grep 'hwnas.search console' "$MSGLOG" | tail -1)"
  log "45-watch: $(grep "hwnas.search console watches study $W" "$MSGLOG" | tail -1 | sed 's/.*hwnas.search //')"
  sleep 2
  shot watch "search console watching a shared PostgreSQL study"
  # an unreachable server is one line and exit code 2 on the caller's console, with no password shown
  "$APP" --nosplash --userdir "$UD" --cachedir "$WORK/cache" --watch-study "$DOCS/shared.hwsearch.json" \
    "postgresql://u:secret@127.0.0.1:1/x?connectTimeout=2" >"$WORK/bad.out" 2>&1
  rc=$?
  [ "$rc" = 2 ] || die "45-watch: --watch-study of an unreachable server exited $rc, expected 2: $(tr '\n' '|' <"$WORK/bad.out")"
  ! grep -q secret "$WORK/bad.out" || die "45-watch: the error shows the password: $(cat "$WORK/bad.out")"
  log "45-watch: unreachable server: $(grep -v '^$' "$WORK/bad.out" | head -1)"
fi
