#!/bin/sh
# Lists edited in the editor's form (tests/scripts/editor/lists.txt) on a copy
# of the fixture pack: a fourth choice is added to a situation, a rest space is
# inserted in « Mon quartier », and every shortcut after it still lands on the
# space it did. Nothing else in the pack changes.
set -eu
EDITOR=$1
FIXTURE=$2
SCRIPT=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$FIXTURE" "$WORK/pack" && cp -r "$FIXTURE" "$WORK/before"
export XDG_STATE_HOME="$WORK/state"
"$EDITOR" --headless --script "$SCRIPT" --capture-dir "$WORK/captures" --today 2026-11-25 "$WORK/pack"
diff -r -x '*.bak' -x situations.yaml -x plateau.yaml "$WORK/before" "$WORK/pack"
# The choice: seven new lines, written plainly, and nothing removed.
diff "$WORK/before/situations.yaml" "$WORK/pack/situations.yaml" > "$WORK/choice.diff" || true
test "$(grep -c '^<' "$WORK/choice.diff" || true)" = 0
test "$(grep -c '^>' "$WORK/choice.diff")" = 7
grep -q '^>       fr: On en parle aux voisins$' "$WORK/choice.diff"
# The space: one new line, and the four shortcuts past it renumbered (12, 9, 27, 22 -> 13, 10, 28, 23).
diff "$WORK/before/plateau.yaml" "$WORK/pack/plateau.yaml" > "$WORK/space.diff" || true
grep -q '^>   - type: rest$' "$WORK/space.diff"
for pair in 12:13 9:10 27:28 22:23; do
  grep -q "^<       to: ${pair%:*}\$" "$WORK/space.diff"
  grep -q "^>       to: ${pair#*:}\$" "$WORK/space.diff"
done
grep -q 'to: 1$' "$WORK/pack/plateau.yaml"  # the setback to space 1, before the new space, is unchanged
echo "choice added and space inserted, shortcuts kept"
