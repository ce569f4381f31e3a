#!/bin/sh
# kill -9 in the middle of an editing session loses nothing the recovery
# prompt does not bring back; the pack itself is untouched until saved.
set -eu
EDITOR=$1
FIXTURE=$2
SCRIPTS=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$FIXTURE" "$WORK/pack" && cp -r "$FIXTURE" "$WORK/before"
export XDG_STATE_HOME="$WORK/state"
"$EDITOR" --headless --script "$SCRIPTS/crash-1.txt" --capture-dir "$WORK/captures" --today 2026-11-25 "$WORK/pack" &
pid=$!
for i in $(seq 1 600); do
  if ls "$WORK/state/declic/recovery/"*.recovery >/dev/null 2>&1; then break; fi
  sleep 0.2
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
ls "$WORK/state/declic/recovery/"*.recovery
diff -r "$WORK/before" "$WORK/pack"
echo "killed: pack untouched"
"$EDITOR" --headless --script "$SCRIPTS/crash-2.txt" --capture-dir "$WORK/captures" --today 2026-11-25 "$WORK/pack"
grep -q 'phone: 418 835-4796$' "$WORK/pack/ressources.yaml"
test -z "$(ls "$WORK/state/declic/recovery/")"
echo "work brought back and saved"
# Undo everything after the recovery save: nothing is left to recover.
rm -rf "$WORK/state"
"$EDITOR" --headless --script "$SCRIPTS/undo-all.txt" --capture-dir "$WORK/captures" --today 2026-11-25 "$WORK/pack" &
pid=$!
seen=no
while kill -0 "$pid" 2>/dev/null; do
  if ls "$WORK/state/declic/recovery/"*.recovery >/dev/null 2>&1; then seen=yes; fi
  sleep 0.1
done
wait "$pid"
test "$seen" = yes  # the 30-second save did happen
test -z "$(ls "$WORK/state/declic/recovery/" 2>/dev/null)"
echo "undone work leaves no recovery"
