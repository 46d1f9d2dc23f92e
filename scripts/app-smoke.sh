#!/usr/bin/env bash
# Smoke test of the built HW-NAS Workbench application (application/target/hwnas) under Xvfb.
#
#   scripts/app-smoke.sh [--timeout SEC] [--screenshot FILE | --no-screenshot] [--no-ui] [--strict] [--keep]
#
# Build first (mvn -B install). The script
#   1. installs Xvfb, xdotool and ImageMagick with apt-get when they are missing (skipped when present),
#   2. starts Xvfb on a free display (-displayfd),
#   3. starts application/target/hwnas/bin/hwnas --nosplash --userdir <tmp> with two test hooks of the
#      org.hwnas.corelibs module: -J-Dhwnas.selfcheck=<service interfaces> (logs what Lookup.getDefault()
#      finds for each) and -J-Dhwnas.smoke.exitFile=<file> (the app exits normally once the file exists),
#   4. waits (at most --timeout seconds, default 120) until the main window "HW-NAS Workbench" is mapped,
#   5. takes a screenshot (default application/target/screenshot.png); unless --no-ui it then drives the UI
#      with xdotool: Help > About (<screenshot>-about.png, branding) and File > New Document (Ctrl+N,
#      <screenshot>-newdoc.png), creating smoke.hwnet.json from the network template in the app's working
#      directory (fails if the dialog opened but no valid-looking document appeared), then sources every
#      scripts/smoke.d/*.sh in name order (editor and console steps: open a document with --open, screenshot),
#   6. asks the app to exit and waits for exit code 0,
#   7. fails if <userdir>/var/log/messages.log contains SEVERE or an Exception (with --strict also any
#      WARNING), if our modules are not enabled, or if a service registered in META-INF/services of a
#      bundled core jar (org.hwnas.*, and Jackson's JsonFactory as a canary) is not found by Lookup, or
#      (when sqlite-jdbc is bundled) DriverManager cannot open jdbc:sqlite::memory: from module code, or
#      (when libtorch is bundled) DJL's PyTorch engine cannot start from module code.
# Exit status 0 = pass; 1 = a check failed; 2 = bad usage or missing prerequisites.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APPDIR="$ROOT/application/target/hwnas"
APP="$APPDIR/bin/hwnas"
TIMEOUT=120
EXIT_TIMEOUT=60
SETTLE=5
SHOT="$ROOT/application/target/screenshot.png"
STRICT=0
KEEP=0
UI=1
TITLE='HW-NAS Workbench'

usage() { sed -n '2,/^set -uo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) TIMEOUT=${2:?}; shift 2 ;;
    --screenshot) SHOT=${2:?}; shift 2 ;;
    --no-screenshot) SHOT=""; shift ;;
    --strict) STRICT=1; shift ;;
    --no-ui|--no-about) UI=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "app-smoke: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

log() { echo "app-smoke: $*"; }
die() { echo "app-smoke: FAIL: $*" >&2; FAILED=1; exit "${2:-1}"; }

[ -x "$APP" ] || die "no launcher at ${APP#"$ROOT"/}; build first: mvn -B install" 2

# --- 1. tools -----------------------------------------------------------------------------------
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
if [ -n "$SHOT" ] && ! command -v import >/dev/null 2>&1; then need+=(imagemagick); fi
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else die "missing ${need[*]} and no root/sudo to install them" 2; fi
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing ${need[*]} and no apt-get; install them by hand" 2
  log "installing ${need[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/tmp/hwnas-smoke-apt.log 2>&1; then
    $SUDO apt-get update -q >>/tmp/hwnas-smoke-apt.log 2>&1
    $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >>/tmp/hwnas-smoke-apt.log 2>&1 \
      || die "apt-get install ${need[*]} failed, see /tmp/hwnas-smoke-apt.log" 2
  fi
fi

# --- 2. Xvfb ------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hwnas-smoke.XXXXXX")
UD="$WORK/userdir"
MSGLOG="$UD/var/log/messages.log"
XPID=""
APPPID=""
FAILED=0
cleanup() {
  if [ -n "$APPPID" ] && kill -0 "$APPPID" 2>/dev/null; then
    # the launcher script and the JVM are one process group (started with setsid below)
    kill -TERM -- "-$APPPID" 2>/dev/null; sleep 2; kill -KILL -- "-$APPPID" 2>/dev/null
  fi
  if [ -n "$XPID" ]; then kill "$XPID" 2>/dev/null; wait "$XPID" 2>/dev/null; fi
  if [ "$FAILED" = 0 ] && [ "$KEEP" = 0 ]; then rm -rf "$WORK"; else echo "app-smoke: logs kept in $WORK" >&2; fi
}
trap cleanup EXIT
trap 'FAILED=1; exit 1' INT TERM

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XPID=$!
for _ in $(seq 1 100); do
  [ -s "$WORK/display" ] && break
  kill -0 "$XPID" 2>/dev/null || die "Xvfb did not start: $(tail -3 "$WORK/xvfb.log")"
  sleep 0.1
done
[ -s "$WORK/display" ] || die "Xvfb gave no display number within 10 s"
export DISPLAY=":$(head -1 "$WORK/display")"
log "Xvfb on $DISPLAY"

# --- 3. services to check: every META-INF/services/org.hwnas.* of a bundled jar, plus a canary ----
IFACES="com.fasterxml.jackson.core.JsonFactory"
list_jar() { if command -v unzip >/dev/null 2>&1; then unzip -Z1 "$1"; else jar tf "$1"; fi; }
while IFS= read -r -d '' jar; do
  while IFS= read -r svc; do
    case ",$IFACES," in *",$svc,"*) ;; *) IFACES="$IFACES,$svc" ;; esac
  done < <(list_jar "$jar" 2>/dev/null | sed -n 's|^META-INF/services/\(org\.hwnas\.[A-Za-z0-9_.$]*\)$|\1|p')
done < <(find "$APPDIR" -path '*/modules/ext/*' -name '*.jar' -print0 2>/dev/null)
log "service interfaces to find: ${IFACES//,/ }"
JDBC=""
if [ -n "$(find "$APPDIR" -path '*/modules/ext/*' -name 'sqlite-jdbc*.jar' 2>/dev/null | head -1)" ]; then
  JDBC="jdbc:sqlite::memory:"   # the search module's trial store opens SQLite through DriverManager
  log "JDBC to open from module code: $JDBC"
fi

# --- 4. start and wait for the main window ---------------------------------------------------------
DJL=""
if [ -n "$(find "$APPDIR" -path '*/modules/ext/*' -name 'pytorch-native-cpu*.jar' 2>/dev/null | head -1)" ]; then
  DJL=1   # libtorch is bundled: the zero-cost, short-training and measured estimators start in the IDE
  log "DJL's PyTorch engine to start from module code"
fi

DOCS="$WORK/docs"   # the app's working directory: File > New Document proposes it
mkdir -p "$DOCS"
START=$(date +%s)
cd "$DOCS" || die "cannot cd to $DOCS"
setsid "$APP" --nosplash --userdir "$UD" --cachedir "$WORK/cache" \
  -J-Dhwnas.selfcheck="$IFACES" ${JDBC:+-J-Dhwnas.selfcheck.jdbc=$JDBC} ${DJL:+-J-Dhwnas.selfcheck.djl=true} -J-Dhwnas.smoke.exitFile="$WORK/exit" \
  >"$WORK/app.out" 2>&1 </dev/null &
APPPID=$!
cd "$ROOT" || exit 2
log "started ${APP#"$ROOT"/} (pid $APPPID, userdir $UD)"

WID=""
while :; do
  WID=$(xdotool search --onlyvisible --name "^${TITLE}\$" 2>/dev/null | head -1)
  [ -n "$WID" ] && break
  if ! kill -0 "$APPPID" 2>/dev/null; then
    wait "$APPPID"; rc=$?
    tail -20 "$WORK/app.out" >&2; [ -f "$MSGLOG" ] && tail -40 "$MSGLOG" >&2
    die "the application exited (code $rc) before its main window appeared"
  fi
  if [ $(( $(date +%s) - START )) -ge "$TIMEOUT" ]; then
    [ -f "$MSGLOG" ] && tail -40 "$MSGLOG" >&2
    die "no window titled '$TITLE' within $TIMEOUT s"
  fi
  sleep 1
done
log "main window $WID '$(xdotool getwindowname "$WID" 2>/dev/null)' up after $(( $(date +%s) - START )) s"
sleep "$SETTLE"   # let the window system finish painting

# --- 5. screenshot -----------------------------------------------------------------------------------
if [ -n "$SHOT" ]; then
  mkdir -p "$(dirname "$SHOT")"
  if import -window root "$SHOT" 2>"$WORK/import.err"; then log "screenshot $SHOT"; else
    die "screenshot failed: $(head -3 "$WORK/import.err")"; fi
fi
if [ "$UI" = 1 ]; then
  # No window manager: give the frame keyboard focus by clicking the empty right end of its menu bar.
  focus_main() {
    eval "$(xdotool getwindowgeometry --shell "$WID")"
    xdotool mousemove $((X + WIDTH - 30)) $((Y + 9)) click 1
    sleep 0.5
  }
  wait_window() { # title regex -> window id or empty, within 10 s
    local w=""
    for _ in $(seq 1 20); do
      w=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)
      [ -n "$w" ] && break
      sleep 0.5
    done
    echo "$w"
  }
  shot() { [ -n "$SHOT" ] && import -window root "${SHOT%.png}-$1.png" 2>>"$WORK/import.err" && log "screenshot ${SHOT%.png}-$1.png ($2)"; }

  focus_main
  xdotool key alt+h; sleep 1; xdotool key a          # Help > About
  if [ -n "$(wait_window '^About$')" ]; then
    sleep 2; shot about "Help > About"; xdotool key Escape; sleep 1
  else
    echo "app-smoke: warning: Help > About did not open (keyboard focus?)" >&2; xdotool key Escape
  fi

  focus_main
  xdotool key ctrl+n                                  # File > New Document...
  if [ -n "$(wait_window '^New Document$')" ]; then
    sleep 1; shot newdoc "File > New Document"
    xdotool type --delay 30 smoke; sleep 0.5; xdotool key Return
    DOC="$DOCS/smoke.hwnet.json"
    for _ in $(seq 1 20); do [ -s "$DOC" ] && break; sleep 0.5; done
    if [ -s "$DOC" ] && grep -q '"format": "network/1"' "$DOC" && grep -q '"name": "smoke"' "$DOC"; then
      log "New Document created ${DOC#"$WORK"/} from the network template"
    else
      die "File > New Document did not create $DOC with format network/1 and name smoke: $(ls -A "$DOCS")"
    fi
  else
    echo "app-smoke: warning: File > New Document did not open (keyboard focus?)" >&2; xdotool key Escape
  fi

  # Opens a document in the running application: a second launcher call hands its --open argument to the
  # running instance through the userdir lock (sendopts OptionProcessor of the templates module).
  open_doc() { "$APP" --nosplash --userdir "$UD" --cachedir "$WORK/cache" --open "$1" >>"$WORK/open.out" 2>&1; sleep "${2:-3}"; }
  # Editor/console steps, one file per UI module (scripts/smoke.d/NN-name.sh, sourced in name order). Each may
  # use: ROOT WORK DOCS UD APP WID SHOT, focus_main, wait_window REGEX, shot NAME DESCRIPTION, open_doc PATH
  # [SETTLE], log, die, and must leave no modal dialog open.
  for step in "$ROOT"/scripts/smoke.d/*.sh; do
    [ -f "$step" ] || continue
    log "step ${step#"$ROOT"/}"
    # shellcheck disable=SC1090
    . "$step"
  done
fi

# --- 6. clean exit --------------------------------------------------------------------------------
touch "$WORK/exit"
T0=$(date +%s)
while kill -0 "$APPPID" 2>/dev/null; do
  if [ $(( $(date +%s) - T0 )) -ge "$EXIT_TIMEOUT" ]; then
    die "the application did not exit within $EXIT_TIMEOUT s of the exit request"
  fi
  sleep 0.5
done
wait "$APPPID"; rc=$?
APPPID=""
log "application exited with code $rc after $(( $(date +%s) - T0 )) s"

# --- 7. checks ------------------------------------------------------------------------------------
problems=0
fail_check() { echo "app-smoke: FAIL: $*" >&2; problems=$((problems + 1)); }
[ "$rc" = 0 ] || fail_check "exit code $rc (expected 0)"
if [ ! -s "$MSGLOG" ]; then
  fail_check "no $MSGLOG"
else
  bad=$(grep -n -E 'SEVERE|Exception' "$MSGLOG")
  [ -z "$bad" ] || fail_check "messages.log has SEVERE/Exception lines:"$'\n'"$(echo "$bad" | head -40)"
  if [ "$STRICT" = 1 ]; then
    # One platform watchdog line is not ours to fix: when a second launcher call (open_doc / --open-trial)
    # arrives while the event queue is busy for a moment on a loaded 2-core machine, CLIOptions2 logs "EQ
    # stuck" with a thread dump and this warning (JDK 7+ cannot restart the queue). It is reported, not failed.
    stuck=$(grep -c -F '#198918: will not hard restart EQ' "$MSGLOG")
    [ "$stuck" = 0 ] || echo "app-smoke: note: the platform reported a busy event queue $stuck time(s) during a launcher call (CLIOptions2 #198918)" >&2
    warn=$(grep -n -E '^WARNING|WARNING \[' "$MSGLOG" | grep -v -F '#198918: will not hard restart EQ')
    [ -z "$warn" ] || fail_check "messages.log has WARNING lines (--strict):"$'\n'"$(echo "$warn" | head -40)"
  fi
  for cnb in org.hwnas.corelibs org.hwnas.branding; do
    grep -q -E "^\s+${cnb//./\\.} \[" "$MSGLOG" || fail_check "module $cnb is not in the enabled modules list"
  done
  if [ -n "$JDBC" ]; then
    if grep -q -F "hwnas.selfcheck OK jdbc $JDBC" "$MSGLOG"; then
      log "DriverManager opens $JDBC: $(grep -F "hwnas.selfcheck OK jdbc $JDBC" "$MSGLOG" | head -1 | sed 's/.*-> //')"
    else
      fail_check "DriverManager could not open $JDBC from module code: $(grep -F "hwnas.selfcheck FAILED jdbc" "$MSGLOG" | head -1)"
    fi
  fi
  if [ -n "$DJL" ]; then
    if grep -q -F "hwnas.selfcheck OK djl" "$MSGLOG"; then
      log "DJL starts in the IDE: $(grep -F "hwnas.selfcheck OK djl" "$MSGLOG" | head -1 | sed 's/.*-> //')"
    else
      fail_check "DJL's PyTorch engine did not start from module code: $(grep -F "hwnas.selfcheck FAILED djl" "$MSGLOG" | head -1)"
    fi
  fi
  IFS=, read -r -a arr <<<"$IFACES"
  for i in "${arr[@]}"; do
    if grep -q -F "hwnas.selfcheck OK $i ->" "$MSGLOG"; then
      log "Lookup.getDefault() finds $(grep -F "hwnas.selfcheck OK $i ->" "$MSGLOG" | head -1 | sed 's/.*-> //') for $i"
    else
      fail_check "Lookup.getDefault() found no $i: $(grep -F "hwnas.selfcheck FAILED $i" "$MSGLOG" | head -1)"
    fi
  done
fi
out_bad=$(grep -n -E 'SEVERE|Exception' "$WORK/app.out")
[ -z "$out_bad" ] || fail_check "launcher output has SEVERE/Exception lines:"$'\n'"$(echo "$out_bad" | head -20)"

if [ "$problems" -gt 0 ]; then
  [ -s "$MSGLOG" ] && cp "$MSGLOG" "$ROOT/application/target/smoke-messages.log" 2>/dev/null
  FAILED=1
  echo "app-smoke: FAILED ($problems problem(s)); messages.log copied to application/target/smoke-messages.log" >&2
  exit 1
fi
log "PASS (window up, services found, clean exit, no SEVERE/Exception in messages.log)"
