#!/bin/sh
# Read-aloud, headless: the title, a card and its answer are spoken (espeak-ng
# into a WAV file, with the lines beside it in FILE.txt).
set -eu
DECLIC=$1
PACK=$2
SCRIPT=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK"
"$DECLIC" --headless --script "$SCRIPT" --capture-dir "$WORK" --pack "$PACK" --save-dir "$WORK/save" \
  --speech-out "$WORK/speech.wav"
cat "$WORK/speech.wav.txt"
grep -qx 'Jouer seul' "$WORK/speech.wav.txt"
grep -qx 'Lancer le dé' "$WORK/speech.wav.txt"
grep -q 'Votre réponse' "$WORK/speech.wav.txt"
# Down, Down, Up: the focus lands on the first answer, the second, the first again; each is said.
grep -qx 'Carrefour alimentaire des Appalaches' "$WORK/speech.wav.txt"
test "$(grep -cx 'ACEF Rive-Sud de Québec' "$WORK/speech.wav.txt")" -ge 2
seconds=$(soxi -D "$WORK/speech.wav")
echo "speech seconds: $seconds"
awk -v s="$seconds" 'BEGIN { exit !(s > 10) }'
echo "spoken aloud"
