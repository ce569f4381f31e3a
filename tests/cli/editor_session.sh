#!/bin/sh
# The facilitator's editor session (tests/scripts/editor/facilitator.txt) on a
# copy of the fixture pack: afterwards exactly the phone line changed and one
# resource was added; every other file and every comment is as it was.
set -eu
EDITOR=$1
FIXTURE=$2
SCRIPT=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$FIXTURE" "$WORK/pack" && cp -r "$FIXTURE" "$WORK/before"
export XDG_STATE_HOME="$WORK/state"
"$EDITOR" --headless --script "$SCRIPT" --capture-dir "$WORK/captures" --today 2026-11-25 "$WORK/pack"

# Only ressources.yaml changed (plus its .bak, the previous version).
diff -r -x '*.bak' -x ressources.yaml "$WORK/before" "$WORK/pack"
cmp "$WORK/before/ressources.yaml" "$WORK/pack/ressources.yaml.bak"
removed=$(diff "$WORK/before/ressources.yaml" "$WORK/pack/ressources.yaml" | grep -c '^<' || true)
added=$(diff "$WORK/before/ressources.yaml" "$WORK/pack/ressources.yaml" | grep -c '^>' || true)
echo "removed lines: $removed, added lines: $added"
diff "$WORK/before/ressources.yaml" "$WORK/pack/ressources.yaml" | grep -q '^> .*phone: 418 835-4796$'
grep -q 'id: centre-entraide-test' "$WORK/pack/ressources.yaml"
test "$(grep -c '#' "$WORK/before/ressources.yaml")" = "$(grep -c '#' "$WORK/pack/ressources.yaml")"
test -f "$WORK/captures/03-new-resource.png"
test ! -e "$WORK/state/declic/recovery" || test -z "$(ls "$WORK/state/declic/recovery")"
echo "session saved as typed"
