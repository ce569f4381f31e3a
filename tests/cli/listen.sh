#!/bin/sh
# « Écouter » on a card, read-aloud mode off: only the card is spoken, when asked.
set -eu
DECLIC=$1
PACK=$2
SCRIPT=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK"
"$DECLIC" --headless --script "$SCRIPT" --capture-dir "$WORK" --pack "$PACK" --save-dir "$WORK/save" \
  --speech-out "$WORK/speech.wav"
cat "$WORK/speech.wav.txt"
# The mode was turned off on the title: neither the title nor the board was read.
if grep -qx -e 'Jouer seul' -e 'Lancer le dé' "$WORK/speech.wav.txt"; then echo "read without being asked"; exit 1; fi
# The card was, once.
test "$(grep -cx 'Vrai ou faux ?' "$WORK/speech.wav.txt")" -eq 1
grep -qx 'Une association de locataires peut recevoir une subvention de l’office.' "$WORK/speech.wav.txt"
echo "listened on demand"
