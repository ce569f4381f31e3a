#!/bin/sh
# Print-and-play with --bleed each: each card has its own 3 mm bleed. On the first
# sheet, just past each cut line of card n° 1 the paper shows the card's
# header colour; the middle of the gutters between cards is bare paper; the
# crop marks sit in the margin on the cut lines; and the back of card n° 1,
# at the mirrored column, has the same bleed and marks where the front's land
# once the sheet is flipped on its long edge. Letter and A4.
# Geometry (mm): six cards to a sheet, turned a quarter (88 wide, 63 tall),
# in 2 columns and 3 rows with 10 mm between cut lines, centred on the page.
# First, a wrong --bleed is refused (exit 2), in French, naming both values.
set -eu
PACK_TOOL=$1
FIXTURE=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK"

# "r g b" of the pixel at (x, y) mm on a page, rendered at 10 pixels a millimetre.
pixel() {
  x=$(awk "BEGIN { printf \"%d\", $3 * 10 }")
  y=$(awk "BEGIN { printf \"%d\", $4 * 10 }")
  pdftoppm -r 254 -f "$2" -l "$2" -x "$x" -y "$y" -W 1 -H 1 "$1" | tail -c 3 | od -An -tu1 | awk '{ print $1, $2, $3 }'
}
# The darkest of the three pixels around (x, y) mm across a vertical line: a thin mark may straddle two.
darkest() {
  x=$(awk "BEGIN { printf \"%d\", $3 * 10 - 1 }")
  y=$(awk "BEGIN { printf \"%d\", $4 * 10 }")
  pdftoppm -r 254 -f "$2" -l "$2" -x "$x" -y "$y" -W 3 -H 1 "$1" | tail -c 9 | od -An -tu1 |
    awk '{ best = 0; for (i = 1; i <= 7; i += 3) if (i == 1 || $i + $(i + 1) + $(i + 2) < $best + $(best + 1) + $(best + 2)) best = i
           print $best, $(best + 1), $(best + 2) }'
}
same() { echo "$1 $2" | awk '{ d = 0; for (i = 1; i <= 3; i++) { e = $i - $(i + 3); d += e < 0 ? -e : e } exit !(d <= 12) }'; }
white() { echo "$1" | awk '{ exit !($1 >= 245 && $2 >= 245 && $3 >= 245) }'; }
dark() { echo "$1" | awk '{ exit !($1 < 110 && $2 < 110 && $3 < 110) }'; }
fail() { echo "FAIL ($PAPER): $1"; exit 1; }

# check PDF PAPER PAGE_WIDTH PAGE_HEIGHT (mm): page 2 holds the first fronts, page 3 their backs.
check() {
  PDF=$1 PAPER=$2 W=$3 H=$4
  x0=$(awk "BEGIN { print ($W - 186) / 2 }")
  y0=$(awk "BEGIN { print ($H - 209) / 2 }")
  at() { awk "BEGIN { print $1 }"; }
  # Front: card n° 1 in column 0, row 0, its top (the header band) towards the right.
  left=$x0 right=$(at "$x0 + 88") top=$y0 bottom=$(at "$y0 + 63")
  midX=$(at "$x0 + 44") midY=$(at "$y0 + 31.5")
  header=$(pixel "$PDF" 2 "$(at "$right - 4")" "$midY")
  echo "$PAPER front header: $header"
  white "$header" && fail "the header band of card n° 1 is white"
  for point in "$(at "$left - 1.5") $midY left" "$(at "$right + 1.5") $midY right" \
               "$midX $(at "$top - 1.5") top" "$midX $(at "$bottom + 1.5") bottom"; do
    set -- $point
    colour=$(pixel "$PDF" 2 "$1" "$2")
    same "$header" "$colour" || fail "1.5 mm outside the $3 cut line of card n° 1 is $colour, not its header colour $header"
  done
  for point in "$(at "$right + 5") $midY" "$midX $(at "$bottom + 5")"; do
    set -- $point
    colour=$(pixel "$PDF" 2 "$1" "$2")
    white "$colour" || fail "the gutter centre at $1, $2 mm is $colour, not bare paper"
  done
  mark=$(darkest "$PDF" 2 "$left" "$(at "$top - 5.5")")
  dark "$mark" || fail "no crop mark above the left cut line of card n° 1 ($mark)"
  # Back: card n° 1 at the mirrored column, its cut lines where the front's land when flipped.
  bleft=$(at "$W - $right") bright=$(at "$W - $left")
  bheader=$(pixel "$PDF" 3 "$(at "$bleft + 4")" "$midY")
  same "$header" "$bheader" || fail "the back of card n° 1 is not at the mirrored column ($bheader)"
  for point in "$(at "$bleft - 1.5") $midY left" "$(at "$bright + 1.5") $midY right" \
               "$(at "$W - $midX") $(at "$top - 1.5") top" "$(at "$W - $midX") $(at "$bottom + 1.5") bottom"; do
    set -- $point
    colour=$(pixel "$PDF" 3 "$1" "$2")
    same "$bheader" "$colour" || fail "1.5 mm outside the $3 cut line of the back of card n° 1 is $colour"
  done
  colour=$(pixel "$PDF" 3 "$(at "$bleft - 5")" "$midY")
  white "$colour" || fail "the back's gutter centre is $colour, not bare paper"
  mark=$(darkest "$PDF" 3 "$bright" "$(at "$top - 5.5")")
  dark "$mark" || fail "the back's crop mark is not where the front's lands ($mark)"
  echo "$PAPER: each card bleeds, gutters bare, marks on the cut lines, backs mirrored"
}

PAPER=usage
status=0
"$PACK_TOOL" print "$FIXTURE" -o "$WORK/wrong.pdf" --bleed both > /dev/null 2> "$WORK/wrong.txt" || status=$?
problem=$(head -n 1 "$WORK/wrong.txt")
echo "$problem"
test "$status" -eq 2 || fail "--bleed both exits $status, not 2"
test ! -e "$WORK/wrong.pdf" || fail "--bleed both still wrote a PDF"
for word in "--bleed prend" "sheet" "each" "« both »"; do
  case "$problem" in *"$word"*) ;; *) fail "the message does not say '$word'" ;; esac
done
echo "wrong --bleed refused, naming sheet and each"

"$PACK_TOOL" print "$FIXTURE" -o "$WORK/letter.pdf" --bleed each > /dev/null
# 1 rules, 49 cards six to a sheet = 9 sheets of fronts and backs, 2 boards x 4 tiles, pawns and die,
# then the answer key (3 pages).
pages=$(pdfinfo "$WORK/letter.pdf" | sed -n 's/^Pages: *//p')
test "$pages" -eq 31 || { PAPER=letter; fail "$pages pages, not 31"; }
check "$WORK/letter.pdf" letter 215.9 279.4
"$PACK_TOOL" print "$FIXTURE" -o "$WORK/a4.pdf" --paper a4 --bleed each > /dev/null
check "$WORK/a4.pdf" a4 210 297
