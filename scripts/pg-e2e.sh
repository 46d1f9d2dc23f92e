#!/usr/bin/env bash
# End-to-end checks of distributed studies against a real PostgreSQL server, with real worker
# processes of the built CLI:
#   1. 4 workers on one study of N=200 trials: exactly N results, no duplicates, no gaps, the same
#      trials as a one-process SQLite run (broken evaluations recorded with their error);
#   2. kill -9 of one worker in the middle of a trial: the study still finishes with N results, the
#      killed trial is taken back after the heartbeat timeout, retried and recorded once;
#   3. the coordinator (hwnas search --storage) killed and restarted with --resume: the study resumes
#      with the same engine state (every trial identical to the uninterrupted run);
#      and hwnas report --storage reads the shared study: the same report as the SQLite run;
#   3b. the workers' connections killed by the server twice: they reconnect, every trial recorded once;
#   4. wrong password, unreachable server, a schema of another version, TLS refused: one clear line,
#      exit 1; the password from ~/.pgpass (PGPASSFILE) and sslmode=require work.
# Uses the server named by HWNAS_PG_URL + PGUSER/PGPASSWORD (scripts/pg-server.sh start prints them),
# or starts a throw-away one itself. Runs in its own database, dropped at the end.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
pass=0; fail=0
ok()  { pass=$((pass+1)); echo "  ok: $*"; }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }

own_server=""
if [ -z "${HWNAS_PG_URL:-}" ]; then
  pgenv="$(scripts/pg-server.sh start)" || { echo "pg-e2e: cannot start PostgreSQL" >&2; exit 1; }
  eval "$pgenv"
  own_server="$HWNAS_PG_DIR"
fi
JAR="${HWNAS_CLI_JAR:-$ROOT/modules/cli/target/hwnas-cli.jar}"
if [ -f "$JAR" ]; then HWNAS=(java -Dai.djl.offline=true -jar "$JAR"); else HWNAS=("$ROOT/hwnas"); fi
hw() { "${HWNAS[@]}" "$@"; }

# host and port from the URL; psql uses PGUSER/PGPASSWORD like the workers
hostport="${HWNAS_PG_URL#*://}"; hostport="${hostport#*@}"; hostport="${hostport%%/*}"
export PGHOST="${hostport%%:*}" PGPORT="${hostport##*:}"
DB="hwnas_e2e_$$"
URL="postgresql://$hostport/$DB"
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
psql -X -q -d "${PGDATABASE:-hwnas}" -c "CREATE DATABASE $DB" || { echo "pg-e2e: cannot create database $DB" >&2; exit 1; }
work="$(mktemp -d /tmp/hwnas-pg-e2e.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  psql -X -q -d "${PGDATABASE:-hwnas}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
  [ -n "$own_server" ] && scripts/pg-server.sh stop "$own_server"
}
trap cleanup EXIT

# N=200 NSGA-II trials (batches of 24) over NAS-Bench-201; 'work_ms' sleeps 40 ms per trial so that
# workers overlap, and 1 candidate in 13 fails on purpose (a broken evaluation)
study_doc() { # name
  cat <<EOF
{"format": "search/1", "name": "$1", "space": {"id": "nb201"},
 "objectives": [
   {"name": "accuracy", "goal": "maximize", "estimator": "nb201-table", "metric": "cifar10/test@200"},
   {"name": "latency_ms", "goal": "minimize", "latency-model": "hwnasbench-table", "device": "pixel3"}],
 "measures": [{"name": "work_ms", "measure": "sleep", "ms": 40, "fail_one_in": 13}],
 "constraints": [{"name": "latency_ms", "max": 25.0}],
 "engine": {"id": "nsga2", "options": {"population": 24}},
 "budget": {"trials": 200}, "seed": 7, "workers": 4}
EOF
}
N=200
study_doc e2e > "$work/ref.hwsearch.json"
study_doc e2e-four > "$work/four.hwsearch.json"
study_doc e2e-kill > "$work/kill.hwsearch.json"
study_doc e2e-coord > "$work/coord.hwsearch.json"
study_doc e2e-drop > "$work/drop.hwsearch.json"

# the reference: the same study in one process, SQLite store
echo "== reference run (SQLite, one process)"
if hw search "$work/ref.hwsearch.json" --progress none >/dev/null 2>"$work/ref.err"; then ok "reference run"; else bad "reference run: $(cat "$work/ref.err")"; fi
hw report "$work/ref.hwsearch.json" --format json >"$work/ref.json" 2>/dev/null

# number,status,candidate,accuracy,latency_ms,error-or-empty per trial, from a shared study
shared_rows() { hw study trials --storage "$URL" --study "$1" --format json 2>/dev/null | python3 -c '
import json, sys
for t in json.load(sys.stdin)["trials"]:
    m = t["measures"]
    print(t["number"], t["status"], t["candidate"], m.get("accuracy"), m.get("latency_ms"), "err" if "error" in t else "")'; }
report_rows() { python3 -c '
import json, sys
for t in json.load(open(sys.argv[1]))["allTrials"]:
    m = t["measures"]
    print(t["number"], t["status"], t["candidate"], m.get("accuracy"), m.get("latency_ms"), "err" if "error" in t else "")' "$1"; }
ref_rows() { report_rows "$work/ref.json"; }
ref_rows >"$work/ref.rows"
nfailed_ref=$(grep -c ' failed ' "$work/ref.rows")
if [ "$(wc -l <"$work/ref.rows")" -eq $N ] && [ "$nfailed_ref" -gt 0 ]; then ok "reference: $N trials, $nfailed_ref broken evaluations"
else bad "reference: $(wc -l <"$work/ref.rows") trials, $nfailed_ref failed"; fi

finished() { sql "SELECT count(*) FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = '$1' AND t.status IN ('OK','FAILED')" 2>/dev/null || echo 0; }
wait_for() { # seconds, condition...
  local limit=$1; shift; local t0=$SECONDS
  until "$@"; do [ $((SECONDS - t0)) -ge "$limit" ] && return 1; sleep 0.2; done
}
# exactly N rows numbered 0..N-1, all finished, one ok/failed attempt each
check_complete() { # study label
  local r
  r=$(sql "SELECT count(*), count(DISTINCT number), min(number), max(number), count(*) FILTER (WHERE status IN ('OK','FAILED'))
           FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = '$1'")
  if [ "$r" = "$N|$N|0|$((N-1))|$N" ]; then ok "$2: exactly $N results, numbers 0..$((N-1)), no duplicates, no gaps"
  else bad "$2: count|distinct|min|max|finished = $r, want $N|$N|0|$((N-1))|$N"; fi
  r=$(sql "SELECT count(*), count(DISTINCT (a.number)) FROM hwnas_attempts a JOIN hwnas_studies s ON s.id = a.study_id
           WHERE s.name = '$1' AND a.outcome IN ('ok','failed')")
  if [ "$r" = "$N|$N" ]; then ok "$2: every trial recorded once"; else bad "$2: recorded attempts|trials = $r, want $N|$N"; fi
  if diff <(shared_rows "$1") "$work/ref.rows" >"$work/diff.txt"; then ok "$2: every trial identical to the one-process SQLite run"
  else bad "$2: trials differ from the reference: $(head -5 "$work/diff.txt")"; fi
}

echo "== 1. four worker processes, N=$N"
t0=$SECONDS
hw study create "$work/four.hwsearch.json" --storage "$URL" >/dev/null 2>"$work/create.err" || bad "study create: $(cat "$work/create.err")"
for i in 1 2 3 4; do
  "${HWNAS[@]}" worker --storage "$URL" --study e2e-four --threads 1 --quiet >"$work/w$i.out" 2>"$work/w$i.err" &
  pids+=($!)
done
rc_all=0
for p in "${pids[@]}"; do wait "$p" || rc_all=1; done
pids=()
[ $rc_all -eq 0 ] && ok "4 workers exited 0 ($((SECONDS - t0)) s)" || bad "a worker failed: $(cat "$work"/w*.err)"
check_complete e2e-four "4 workers"
busy=$(sql "SELECT count(DISTINCT worker) FROM hwnas_attempts a JOIN hwnas_studies s ON s.id = a.study_id WHERE s.name = 'e2e-four'")
[ "$busy" -ge 2 ] && ok "trials were shared: $busy workers recorded results" || bad "only $busy worker recorded results"
errs=$(sql "SELECT count(*) FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = 'e2e-four' AND status = 'FAILED' AND error LIKE 'work_ms: synthetic failure%'")
[ "$errs" -eq "$nfailed_ref" ] && ok "$errs broken evaluations recorded with their error, study went on" || bad "broken evaluations with error: $errs, want $nfailed_ref"
# hwnas report reads the shared study through the read-only store facade: the same report as the SQLite run
if hw report "$work/four.hwsearch.json" --storage "$URL" --format json >"$work/four.json" 2>"$work/report.err" \
   && diff <(report_rows "$work/four.json") "$work/ref.rows" >"$work/diff.txt" \
   && [ "$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); print(a["hypervolume"] == b["hypervolume"] and len(a["front"]) == len(b["front"]))' "$work/four.json" "$work/ref.json")" = True ]; then
  ok "hwnas report --storage: the shared study's report equals the SQLite run's (trials, front, hypervolume)"
else bad "hwnas report --storage: $(cat "$work/report.err") $(head -3 "$work/diff.txt")"; fi
one_line_report=$(hw report "$work/four.hwsearch.json" --storage "$URL" --study nope 2>&1 >/dev/null); rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l <<<"$one_line_report")" -eq 1 ] && grep -q "no study 'nope'" <<<"$one_line_report"; then
  ok "hwnas report --storage of an unknown study: $one_line_report"
else bad "hwnas report --storage --study nope: rc=$rc $one_line_report"; fi

echo "== 2. kill -9 of a worker in the middle of a trial"
t0=$SECONDS
hw study create "$work/kill.hwsearch.json" --storage "$URL" --heartbeat-timeout 2 --retries 2 >/dev/null 2>"$work/create.err" || bad "study create: $(cat "$work/create.err")"
for i in 1 2 3 4; do
  "${HWNAS[@]}" worker --storage "$URL" --study e2e-kill --threads 1 --quiet >"$work/k$i.out" 2>"$work/k$i.err" &
  pids+=($!)
done
# freeze a worker (SIGSTOP) and look at its rows: kill it only while it holds a running trial, so the
# kill is surely in the middle of a trial; otherwise let it go on and try the next worker
killed=""; victim=""
forty_done() { [ "$(finished e2e-kill)" -ge 40 ]; }
if wait_for 60 forty_done; then
  for try in $(seq 0 59); do
    victim=${pids[$((try % 4))]}
    kill -STOP "$victim"; sleep 0.2
    killed=$(sql "SELECT string_agg(number::text, ',') FROM hwnas_trials WHERE worker LIKE '%:$victim' AND status = 'RUNNING'")
    if [ -n "$killed" ]; then kill -9 "$victim"; break; fi
    kill -CONT "$victim"; sleep 0.1
  done
  wait "$victim" 2>/dev/null
fi
if [ -n "$killed" ]; then ok "killed worker $victim while it ran trial(s) $killed (after $(finished e2e-kill) results)"
else bad "no worker was caught running a trial"; fi
others=()
for p in "${pids[@]}"; do [ "$p" != "$victim" ] && others+=("$p"); done
rc_all=0
for p in "${others[@]}"; do wait "$p" || rc_all=1; done
pids=()
[ $rc_all -eq 0 ] && ok "the 3 other workers finished the study ($((SECONDS - t0)) s)" || bad "a worker failed: $(cat "$work"/k*.err)"
check_complete e2e-kill "after kill -9"
if [ -n "$killed" ]; then
  r=$(sql "SELECT string_agg(t.number || ':' || t.attempts || ':' || t.status || ':' ||
             (SELECT string_agg(outcome, '+' ORDER BY attempt) FROM hwnas_attempts a WHERE a.study_id = t.study_id AND a.number = t.number), ',' ORDER BY t.number)
           FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = 'e2e-kill' AND t.number IN ($killed)")
  if grep -qE '^([0-9]+:2:(OK|FAILED):lost\+(ok|failed),?)+$' <<<"$r"; then ok "killed trial(s) taken back and retried once: $r"
  else bad "killed trial(s): number:attempts:status:outcomes = $r, want N:2:OK:lost+ok"; fi
fi

echo "== 3. coordinator killed and restarted"
hw study create "$work/coord.hwsearch.json" --storage "$URL" --heartbeat-timeout 2 >/dev/null 2>"$work/create.err" || bad "study create: $(cat "$work/create.err")"
"${HWNAS[@]}" search "$work/coord.hwsearch.json" --storage "$URL" --resume --progress none >"$work/c1.out" 2>"$work/c1.err" &
coord=$!; pids+=($coord)
if wait_for 60 bash -c "[ \$(psql -X -t -A -d $DB -c \"SELECT count(*) FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = 'e2e-coord' AND status IN ('OK','FAILED')\") -ge 80 ]"; then
  kill -9 "$coord"; wait "$coord" 2>/dev/null
  before=$(finished e2e-coord)
  [ "$before" -lt $N ] && ok "coordinator killed after $before of $N results" || bad "coordinator finished before it was killed"
else
  bad "coordinator made no progress: $(cat "$work/c1.err")"
fi
pids=()
out=$(hw search "$work/coord.hwsearch.json" --storage "$URL" --progress none 2>&1 >/dev/null); rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] && grep -q "run with --resume" <<<"$out"; then ok "restart without --resume refused: $out"
else bad "restart without --resume: rc=$rc $out"; fi
if hw search "$work/coord.hwsearch.json" --storage "$URL" --resume --progress none >"$work/c2.out" 2>"$work/c2.err"; then
  ok "restarted coordinator: $(head -1 "$work/c2.out")"
else bad "restarted coordinator failed: $(cat "$work/c2.err")"; fi
check_complete e2e-coord "coordinator restart"

echo "== 3b. the server kills the workers' connections (pg_terminate_backend) twice"
hw study create "$work/drop.hwsearch.json" --storage "$URL" >/dev/null 2>"$work/create.err" || bad "study create: $(cat "$work/create.err")"
for i in 1 2; do
  "${HWNAS[@]}" worker --storage "$URL" --study e2e-drop --threads 2 --quiet >"$work/d$i.out" 2>"$work/d$i.err" &
  pids+=($!)
done
terminated=0
for at in 40 120; do
  if wait_for 60 bash -c "[ \$(psql -X -t -A -d $DB -c \"SELECT count(*) FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = 'e2e-drop' AND status IN ('OK','FAILED')\") -ge $at ]"; then
    n=$(sql "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hwnas-worker'")
    terminated=$((terminated + n))
  fi
done
rc_all=0
for p in "${pids[@]}"; do wait "$p" || rc_all=1; done
pids=()
if [ $rc_all -eq 0 ] && [ "$terminated" -ge 2 ]; then ok "workers survived $terminated killed connections: $(grep -ho '[0-9]* reconnections' "$work"/d*.out | paste -sd+ -)"
else bad "killed connections: $terminated, workers: $(cat "$work"/d*.err)"; fi
check_complete e2e-drop "after killed connections"

echo "== 4. errors are one clear line, exit 1"
one_line() { # label expected-text command...
  local label=$1 want=$2; shift 2
  local out rc
  out=$("$@" 2>&1 >/dev/null); rc=$?
  if [ $rc -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] && grep -q -- "$want" <<<"$out" && ! grep -qE 'Exception|^\s+at ' <<<"$out"; then
    ok "$label: $out"
  else bad "$label: rc=$rc, want 1 and one line with '$want': $out"; fi
}
one_line "wrong password" "password authentication failed" hw worker --storage "postgresql://$PGUSER:wrong@$hostport/$DB" --study e2e-four
one_line "unreachable server" "cannot connect to postgresql://127.0.0.1:1/" hw worker --storage "postgresql://127.0.0.1:1/$DB" --study e2e-four
sql "CREATE SCHEMA other" >/dev/null
hw study create "$work/four.hwsearch.json" --storage "$URL?currentSchema=other" >/dev/null 2>&1
psql -X -q -d "$DB" -c "UPDATE other.hwnas_meta SET value = 'hwnas-pg/99' WHERE key = 'schema'" >/dev/null
one_line "schema of another version" "version 'hwnas-pg/99', this build reads 'hwnas-pg/1'" hw worker --storage "$URL?currentSchema=other" --study e2e-four
one_line "unknown study" "no study 'nope'" hw worker --storage "$URL" --study nope
one_line "not a URL" "expected postgresql://" hw worker --storage "mysql://x/y" --study e2e-four

pgpass="$work/pgpass"; echo "$PGHOST:$PGPORT:$DB:$PGUSER:$PGPASSWORD" >"$pgpass"; chmod 600 "$pgpass"
if out=$(env -u PGPASSWORD PGPASSFILE="$pgpass" "${HWNAS[@]}" study list --storage "$URL" 2>&1) && grep -q e2e-four <<<"$out"; then
  ok "password from the pgpass file (PGPASSWORD unset)"
else bad "pgpass: $out"; fi
if [ -n "${HWNAS_PG_TLS_URL:-}" ]; then
  if out=$(hw study create "$work/four.hwsearch.json" --storage "$HWNAS_PG_TLS_URL" --name "e2e-tls-$$" 2>&1) \
     && out=$(hw study list --storage "$HWNAS_PG_TLS_URL" 2>&1) && grep -q "e2e-tls-$$" <<<"$out" \
     && hw study delete "e2e-tls-$$" --storage "$HWNAS_PG_TLS_URL" >/dev/null 2>&1; then
    ok "sslmode=require passes through (create, list, delete in a database that refuses non-TLS)"
  else bad "sslmode=require: $out"; fi
  one_line "TLS-only database without TLS" "no encryption" hw study list --storage "${HWNAS_PG_TLS_URL%%\?*}?sslmode=disable"
else
  echo "  (no TLS server: HWNAS_PG_TLS_URL unset)"
fi

echo "pg-e2e: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
