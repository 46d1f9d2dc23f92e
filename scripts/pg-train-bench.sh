#!/usr/bin/env bash
# Speed-up of a shared study whose trials are REAL short trainings (estimator short-training,
# mnist/valid@1: one epoch of 8,000 MNIST digits, DJL on CPU) with 1 and 2 worker processes.
# Each worker is its own JVM (as on separate machines) with one PyTorch thread (-Dhwnas.threads=1).
# Prints, per run: total wall time (workers started -> last worker exited), the summed evaluation time,
# the per-trial overhead (worker time not spent training: JVM + DJL start-up included), and the speed-up.
#   usage: scripts/pg-train-bench.sh [TRIALS (default 6)] [REPEAT (default 2)] [WORKER COUNTS (default "1 2")]
# Uses the server named by HWNAS_PG_URL + PGUSER/PGPASSWORD (scripts/pg-server.sh start prints them),
# or starts a throw-away one itself. Runs in its own database, dropped at the end.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TRIALS="${1:-6}"; REPEAT="${2:-2}"; COUNTS="${3:-1 2}"
own_server=""
if [ -z "${HWNAS_PG_URL:-}" ]; then
  pgenv="$(scripts/pg-server.sh start)" || { echo "pg-train-bench: cannot start PostgreSQL" >&2; exit 1; }
  eval "$pgenv"
  own_server="$HWNAS_PG_DIR"
fi
JAR="${HWNAS_CLI_JAR:-$ROOT/modules/cli/target/hwnas-cli.jar}"
hw() { java -Dai.djl.offline=true -Dhwnas.threads=1 -jar "$JAR" "$@"; }
hostport="${HWNAS_PG_URL#*://}"; hostport="${hostport#*@}"; hostport="${hostport%%/*}"
export PGHOST="${hostport%%:*}" PGPORT="${hostport##*:}"
DB="hwnas_trainbench_$$"
URL="postgresql://$hostport/$DB"
psql -X -q -d "${PGDATABASE:-hwnas}" -c "CREATE DATABASE $DB" || exit 1
work="$(mktemp -d /tmp/hwnas-train-bench.XXXXXX)"
cleanup() {
  psql -X -q -d "${PGDATABASE:-hwnas}" -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  rm -rf "$work"
  [ -n "$own_server" ] && scripts/pg-server.sh stop "$own_server"
}
trap cleanup EXIT
# Random search draws all TRIALS cells at once (batch = TRIALS), so every worker count trains the same
# cells; the table latency is a free second objective.
cat > "$work/train.hwsearch.json" <<JSON
{
  "format": "search/1",
  "name": "train",
  "space": {"id": "nb201"},
  "objectives": [
    {"name": "accuracy", "goal": "maximize", "estimator": "short-training", "metric": "mnist/valid@1"},
    {"name": "latency_ms", "goal": "minimize", "latency-model": "hwnasbench-table", "device": "pixel3"}
  ],
  "engine": {"id": "random"},
  "budget": {"trials": $TRIALS},
  "batch": $TRIALS,
  "seed": 7
}
JSON
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $TRIALS trials of short-training mnist/valid@1, 1 PyTorch thread per worker"
printf '%-4s %-8s %10s %14s %16s %18s %9s\n' run workers wall_s sum_train_s train_s/trial overhead_s/trial speedup
for r in $(seq 1 "$REPEAT"); do
  base=""
  for k in $COUNTS; do
    name="train_r${r}_k${k}"
    hw study create "$work/train.hwsearch.json" --storage "$URL" --name "$name" >/dev/null || exit 1
    t0=$(date +%s.%N)
    pids=()
    for i in $(seq 1 "$k"); do
      hw worker --storage "$URL" --study "$name" --threads 1 --quiet > "$work/w$k.$i.log" 2>&1 &
      pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p" || { echo "worker failed:"; cat "$work"/w$k.*.log; exit 1; }; done
    t1=$(date +%s.%N)
    read -r n ok sum < <(psql -X -t -A -F' ' -d "$DB" -c "SELECT count(*), count(*) FILTER (WHERE t.status='OK'), coalesce(sum(eval_ms),0)/1000.0
        FROM hwnas_trials t JOIN hwnas_studies s ON s.id = t.study_id WHERE s.name = '$name'")
    [ "$n" = "$TRIALS" ] && [ "$ok" = "$TRIALS" ] || { echo "run $r, $k workers: $ok of $n trials OK (expected $TRIALS)"; cat "$work"/w$k.*.log; exit 1; }
    wall=$(echo "$t1 - $t0" | bc -l)
    [ -z "$base" ] && base=$wall
    # each worker is busy for the whole wall time: overhead = (k * wall - summed training) / trials
    printf '%-4s %-8s %10.1f %14.1f %16.1f %18.2f %9.2f\n' "$r" "$k" "$wall" "$sum" "$(echo "$sum / $n" | bc -l)" \
      "$(echo "($k * $wall - $sum) / $n" | bc -l)" "$(echo "$base / $wall" | bc -l)"
  done
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
