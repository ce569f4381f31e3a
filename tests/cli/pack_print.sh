#!/bin/sh
# Print-and-play of the fixture pack: page count and size, every font
# embedded, A4 on request, and the pages rendered (pdftoppm) for goldens.
set -eu
PACK_TOOL=$1
FIXTURE=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK"
"$PACK_TOOL" print "$FIXTURE" -o "$WORK/kit.pdf"
pdfinfo "$WORK/kit.pdf" > "$WORK/info.txt"
grep -q 'Page size: *612 x 792 pts (letter)' "$WORK/info.txt"
pages=$(sed -n 's/^Pages: *//p' "$WORK/info.txt")
# 1 rules, 49 cards nine to a sheet = 6 sheets of fronts and backs, 2 boards x 4 tiles, pawns and die,
# then the answer key (3 pages). Six to a sheet (--bleed each) would make 31.
echo "pages: $pages"
test "$pages" -eq 25
if pdffonts "$WORK/kit.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -qv yes; then
  echo "a font is not embedded"; exit 1
fi
echo "fonts embedded"
"$PACK_TOOL" print "$FIXTURE" -o "$WORK/kit-a4.pdf" --paper a4 --lang en > /dev/null
pdfinfo "$WORK/kit-a4.pdf" | grep -q 'Page size: *595.* x 841.* pts (A4)'
echo "a4 ok"
# Pages for the goldens: rules, the first card fronts and backs, a poster tile, pawns, answer key.
for page in 1 2 3 14 22 23; do
  pdftoppm -r 40 -png -f $page -l $page "$WORK/kit.pdf" "$WORK/page"
done
for f in "$WORK"/page-*.png; do mv "$f" "$WORK/print-$(basename "$f" | sed 's/page-0*//')"; done
ls "$WORK"
