#!/usr/bin/env bash
# The full test suite, from a fresh clone: builds every module with its unit tests, then checks the
# command line end to end and starts the NetBeans application under Xvfb.
# Needs a JDK 17+; installs anything else it needs (Xvfb) with apt-get when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "== 0/3 throw-away PostgreSQL server on loopback (distributed-study tests; installs it with apt-get if missing)"
pgenv="$(scripts/pg-server.sh start)"
eval "$pgenv"
export HWNAS_PG_REQUIRED=1   # the server tests must run, not skip
trap 'scripts/pg-server.sh stop "$HWNAS_PG_DIR"' EXIT

echo "== 1/3 build and unit tests (all modules)"
./mvnw -B -ntp install

echo "== 2/3 command line, end to end"
scripts/cli-e2e.sh
scripts/pg-e2e.sh

echo "== 3/3 NetBeans application smoke test (Xvfb)"
if [ -x scripts/app-smoke.sh ]; then
  scripts/app-smoke.sh --strict
else
  echo "app-smoke.sh not present yet"
fi
echo "== all tests passed"
