#!/usr/bin/env bash
# A throw-away PostgreSQL server for the distributed-study tests, on loopback only.
#
#   eval "$(scripts/pg-server.sh start)"   # installs the server with apt-get if missing, creates a cluster
#                                          # in a temp dir, starts it on a free port, prints exports:
#                                          # HWNAS_PG_URL (no credentials in it), PGUSER, PGPASSWORD,
#                                          # HWNAS_PG_DIR, HWNAS_PG_TLS_URL (a database that refuses non-TLS)
#   scripts/pg-server.sh stop "$HWNAS_PG_DIR"   # stops it and deletes the directory
#
# Works as root (the cluster runs as the 'postgres' user that Debian's package creates, via runuser)
# or as a normal user (then the cluster runs as that user). Progress goes to stderr, exports to stdout.
set -euo pipefail

log() { echo "pg-server: $*" >&2; }

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

install_server() {
  if pg_bindir >/dev/null; then return 0; fi
  log "PostgreSQL server not found; installing Debian's package with apt-get"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq postgresql >&2
  pg_bindir >/dev/null || { log "no initdb after installing postgresql"; exit 1; }
}

free_port() {
  local p i
  for i in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

start() {
  install_server
  local bin dir run_as port pw tls=0
  bin="$(pg_bindir)"
  dir="$(mktemp -d /tmp/hwnas-pg.XXXXXX)"
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
    chown postgres "$dir"
    run_as=(runuser -u postgres --)
  else
    run_as=()
  fi
  pw="hwnas-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  if command -v openssl >/dev/null 2>&1; then
    # a self-signed certificate: enough to show that sslmode=require passes through to the driver
    "${run_as[@]}" openssl req -new -x509 -days 2 -nodes -subj /CN=localhost \
        -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1 && tls=1
    [ $tls -eq 1 ] && "${run_as[@]}" chmod 600 "$dir/data/server.key"
  fi
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$dir'"
    echo "max_connections = 200"
    echo "fsync = off"                 # throw-away data: speed over durability across OS crashes
    echo "synchronous_commit = off"
    [ $tls -eq 1 ] && echo "ssl = on"
  } | "${run_as[@]}" tee -a "$dir/data/postgresql.conf" >/dev/null
  # hwnas_tls accepts TLS connections only (checked by pg-e2e.sh); everything else needs a password
  "${run_as[@]}" sh -c "printf '%s\n' 'hostnossl hwnas_tls all 127.0.0.1/32 reject' | cat - '$dir/data/pg_hba.conf' > '$dir/data/hba.new' && mv '$dir/data/hba.new' '$dir/data/pg_hba.conf'"
  local tries
  for tries in 1 2 3 4 5; do
    port="$(free_port)"
    if "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 30 start >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { log "cannot start the server"; tail -20 "$dir/server.log" >&2 || true; exit 1; }
  echo "$port" >"$dir/port"
  "${run_as[@]}" "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<SQL
CREATE ROLE hwnas LOGIN CREATEDB PASSWORD '$pw';
CREATE DATABASE hwnas OWNER hwnas;
CREATE DATABASE hwnas_tls OWNER hwnas;
SQL
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir, TLS $([ $tls -eq 1 ] && echo on || echo off))"
  echo "export HWNAS_PG_DIR='$dir'"
  echo "export HWNAS_PG_URL='postgresql://127.0.0.1:$port/hwnas'"
  [ $tls -eq 1 ] && echo "export HWNAS_PG_TLS_URL='postgresql://127.0.0.1:$port/hwnas_tls?sslmode=require'"
  echo "export PGHOST=127.0.0.1 PGPORT='$port' PGDATABASE=hwnas PGUSER=hwnas PGPASSWORD='$pw'"
}

stop() {
  local dir="${1:-${HWNAS_PG_DIR:-}}"
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "usage: pg-server.sh stop DIR (the HWNAS_PG_DIR printed by start)"; exit 2; }
  case "$dir" in /tmp/hwnas-pg.*) ;; *) log "refusing to remove $dir (not made by pg-server.sh)"; exit 2 ;; esac
  local bin run_as=()
  bin="$(pg_bindir)"
  [ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
