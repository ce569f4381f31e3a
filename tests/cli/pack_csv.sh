#!/bin/sh
# Spreadsheet round trip: export then import changes no byte; a file saved by
# Excel (Windows-1252, semicolons) updates a resource by id, and a bad id is
# named by row and column; so is a value the pack's rules refuse (a phone, a date).
set -eu
PACK_TOOL=$1
FIXTURE=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$FIXTURE" "$WORK/pack" && cp -r "$FIXTURE" "$WORK/before"
export XDG_STATE_HOME="$WORK/state"
"$PACK_TOOL" export "$WORK/pack" --format csv -o "$WORK/resources.csv"
"$PACK_TOOL" import --today 2026-11-25 --lang en "$WORK/pack" --format csv "$WORK/resources.csv"
diff -r "$WORK/before" "$WORK/pack"
echo "round trip: no byte changed"
# Excel's French "CSV (séparateur : point-virgule)": Windows-1252, semicolons, CRLF.
printf 'id;phone;hours.fr\r\nomh-levis;418 835-4796;Du lundi au vendredi, 8 h 30 \340 16 h 30\r\nMauvais Id;1;x\r\n' > "$WORK/excel.csv"
if "$PACK_TOOL" import --today 2026-11-25 "$WORK/pack" --format csv "$WORK/excel.csv" 2> "$WORK/errors.txt"; then
  echo "a bad row went unreported"; exit 1
fi
cat "$WORK/errors.txt"
grep -q 'excel.csv:3:1 : « Mauvais Id » n’est pas un identifiant' "$WORK/errors.txt"
grep -q 'phone: 418 835-4796$' "$WORK/pack/ressources.yaml"
grep -q 'Du lundi au vendredi, 8 h 30 à 16 h 30' "$WORK/pack/ressources.yaml"
echo "excel file applied"
# A phone and a date the pack refuses: each named at its cell (row 2, columns B and C), nothing written.
cp "$WORK/pack/ressources.yaml" "$WORK/kept.yaml"
printf 'id,phone,checked_on\nomh-levis,418 55X-12,2026-13-45\n' > "$WORK/bad-values.csv"
if "$PACK_TOOL" import --today 2026-11-25 "$WORK/pack" --format csv "$WORK/bad-values.csv" 2> "$WORK/values.txt"; then
  echo "bad values went unreported"; exit 1
fi
cat "$WORK/values.txt"
grep -q 'bad-values.csv:2:2 : erreur : « 418 55X-12 » n’est pas un numéro de téléphone valide' "$WORK/values.txt"
grep -q 'bad-values.csv:2:3 : erreur : « 2026-13-45 » n’est pas une date' "$WORK/values.txt"
cmp "$WORK/kept.yaml" "$WORK/pack/ressources.yaml"
echo "bad cells named in the spreadsheet"
