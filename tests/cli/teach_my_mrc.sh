#!/bin/sh
# « Teach my MRC », measured by the bots on the bundled pack: for every MRC, on both
# boards, alone and in a group of four, the median player meets at least three
# services of their own MRC, at most 2 % meet none, and every list starts with the essentials.
set -eu
DECLIC=$1
PACK=$2
status=0
for board in tour-region mon-quartier; do
  for territory in $(awk '/^  - id:/ { print $3 }' "$PACK/territoires.yaml"); do
    for mode in solo group; do
      line=$("$DECLIC" --headless --pack "$PACK" --autoplay 1000 --seed 1 --mode "$mode" --board "$board" --territory "$territory" | tail -1)
      echo "$board $territory $mode: $line"
      echo "$line" | awk '{
        for (i = 1; i <= NF; ++i) { split($i, kv, "="); v[kv[1]] = kv[2] }
        exit !(v["own_mrc_median"] >= 3 && v["own_mrc_zero_pct"] <= 2 && v["essentials_pct"] == 100)
      }' || { echo "  ^ below the goal"; status=1; }
    done
  done
done
[ "$status" -eq 0 ] && echo "every MRC meets the goal"
exit $status
