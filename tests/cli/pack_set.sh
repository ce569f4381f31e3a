#!/bin/sh
# declic-pack get/set on a copy of the fixture pack: a valid change is one
# changed line in diff; a change that breaks the pack is refused, file untouched.
set -eu
PACK_TOOL=$1
FIXTURE=$2
WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$FIXTURE" "$WORK/pack" && cp -r "$FIXTURE" "$WORK/before"
export XDG_STATE_HOME="$WORK/state"

id=$(sed -n 's/^ *- id: \([a-z0-9-]*\)$/\1/p' "$WORK/pack/ressources.yaml" | head -1)
"$PACK_TOOL" get "$WORK/pack" "$id" name.fr
"$PACK_TOOL" set --today 2026-11-23 "$WORK/pack" "$id" hours.fr "Lundi au vendredi : 9 h à 16 h"
test "$("$PACK_TOOL" get "$WORK/pack" "$id" hours.fr)" = "Lundi au vendredi : 9 h à 16 h"
changed=$(diff "$WORK/before/ressources.yaml" "$WORK/pack/ressources.yaml" | grep -c '^[<>]' || true)
echo "changed lines: $changed"
diff -r -x '*.bak' -x ressources.yaml "$WORK/before" "$WORK/pack"

cp "$WORK/pack/ressources.yaml" "$WORK/kept.yaml"
if "$PACK_TOOL" set --today 2026-11-23 "$WORK/pack" "$id" category nulle-part; then
  echo "a broken change was written"; exit 1
fi
cmp "$WORK/kept.yaml" "$WORK/pack/ressources.yaml"
echo "refused and untouched"
