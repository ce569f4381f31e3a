#!/bin/sh
# A kiosk refuses the window's close button, but the system's request to stop
# (systemctl stop, a logout: SIGTERM) ends it at once, under a real X server.
set -u
DECLIC=$1
PACK=$2
CONFIG=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK"
XDG_CONFIG_HOME=$CONFIG SDL_AUDIODRIVER=dummy xvfb-run -a "$DECLIC" --kiosk --pack "$PACK" --save-dir "$WORK/save" \
  > "$WORK/log.txt" 2>&1 &
XPID=$!
for i in 1 2 3 4 5 6 7 8 9 10; do
  PID=$(pgrep -n -f "^$DECLIC --kiosk --pack $PACK --save-dir $WORK/save") && break
  sleep 0.5
done
[ -n "${PID:-}" ] || { echo "the kiosk did not start"; cat "$WORK/log.txt"; exit 1; }
sleep 2
kill -TERM "$PID"
for i in 1 2 3 4 5 6; do
  if ! kill -0 "$PID" 2>/dev/null; then
    # It must stop by itself (status 0), not be killed by the signal (143) or crash.
    wait "$XPID"; rc=$?
    [ "$rc" -eq 0 ] || { echo "the kiosk ended with status $rc"; exit 1; }
    echo "kiosk stopped on SIGTERM"; exit 0
  fi
  sleep 0.5
done
kill -9 "$PID"
echo "the kiosk ignored SIGTERM"
exit 1
