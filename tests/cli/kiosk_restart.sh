#!/bin/sh
# After a crash (kill -9) the kiosk is back on its attract screen within 5 s.
# systemd is emulated with the unit's own policy: it must say Restart=always, and
# the kiosk is started again after its RestartSec with its ExecStart options,
# under a real X server (whose own start-up is counted too: a desktop has one running).
set -u
DECLIC=$1
PACK=$2
CONFIG=$3
UNIT=$4
WORK=$5
rm -rf "$WORK" && mkdir -p "$WORK"
grep -qx 'Restart=always' "$UNIT" || { echo "the unit does not bring the kiosk back: no Restart=always"; exit 1; }
RESTART_SEC=$(sed -n 's/^RestartSec=//p' "$UNIT")
OPTIONS=$(sed -n 's|^ExecStart=[^ ]*declic *||p' "$UNIT")
case "$OPTIONS" in *--kiosk*) ;; *) echo "the unit does not start the kiosk: ExecStart has no --kiosk"; exit 1 ;; esac

start() {  # $1: the run's number
  XDG_CONFIG_HOME=$CONFIG SDL_AUDIODRIVER=dummy xvfb-run -a "$DECLIC" $OPTIONS --pack "$PACK" --save-dir "$WORK/save" \
    > "$WORK/log$1.txt" 2>&1 &
}
ready() {  # waits up to 10 s for run $1's attract screen; prints its pid
  for i in $(seq 1 100); do
    if grep -q "back to the attract screen" "$WORK/log$1.txt" 2>/dev/null; then
      pgrep -n -f "^$DECLIC $OPTIONS --pack $PACK --save-dir $WORK/save" && return 0
    fi
    sleep 0.1
  done
  return 1
}

start 1
PID=$(ready 1) || { echo "the kiosk did not start"; cat "$WORK/log1.txt"; exit 1; }
kill -9 "$PID"
crashed=$(date +%s%N)
sleep "${RESTART_SEC:-0}"
start 2
PID=$(ready 2) || { echo "the kiosk did not come back"; cat "$WORK/log2.txt"; exit 1; }
back=$(date +%s%N)
kill -TERM "$PID"
ms=$(( (back - crashed) / 1000000 ))
echo "back on the attract screen ${ms} ms after kill -9 (RestartSec=${RESTART_SEC:-0})"
[ "$ms" -lt 5000 ] || { echo "too slow: the goal is 5 s"; exit 1; }
echo "kiosk back within 5 s"
