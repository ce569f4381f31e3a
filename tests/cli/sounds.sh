#!/bin/sh
# The game's sounds, headless: a solo game records its die, steps, landings,
# answers and end into a WAV, soft (peak at most a third of full scale).
set -eu
DECLIC=$1
PACK=$2
SCRIPT=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK"
"$DECLIC" --headless --script "$SCRIPT" --capture-dir "$WORK" --pack "$PACK" --save-dir "$WORK/save" \
  --sound-out "$WORK/sounds.wav"
for cue in roll step land end; do grep -qx "$cue" "$WORK/sounds.wav.txt"; done
grep -qx -e right -e not-quite "$WORK/sounds.wav.txt"
peak=$(sox "$WORK/sounds.wav" -n stat 2>&1 | awk '/Maximum amplitude/ { print $3 }')
echo "sounds: $(wc -l < "$WORK/sounds.wav.txt") cues, peak $peak"
awk -v p="$peak" 'BEGIN { exit !(p > 0.1 && p <= 0.34) }'
echo "soft sounds recorded"
