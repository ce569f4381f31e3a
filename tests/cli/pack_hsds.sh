#!/bin/sh
# Open Referral HSDS 3.0: the export is valid against the official schema;
# exporting a pack and importing it into the same pack without its resources
# gives back every resource; a file with problems says where each one is.
set -eu
PACK_TOOL=$1
FIXTURE=$2
SCHEMA_DIR=$3
WORK=$4
rm -rf "$WORK" && mkdir -p "$WORK"
export XDG_STATE_HOME="$WORK/state"
"$PACK_TOOL" export "$FIXTURE" --format hsds -o "$WORK/hsds"
/usr/bin/python3 - "$SCHEMA_DIR/service.json" "$WORK/hsds/services.json" <<'PY'
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
schema = json.load(open(sys.argv[1]))
services = json.load(open(sys.argv[2]))
validator = Draft202012Validator(schema, format_checker=FormatChecker())
bad = 0
for i, s in enumerate(services):
    for e in validator.iter_errors(s):
        bad += 1
        print(f"service {i} ({s.get('name')}): {e.message} at {list(e.path)}")
print(f"services: {len(services)}, schema errors: {bad}")
sys.exit(1 if bad or not services else 0)
PY
# Round trip: the same pack with no resources, then the import.
cp -r "$FIXTURE" "$WORK/pack"
"$PACK_TOOL" export "$WORK/pack" --format csv -o "$WORK/before.csv" > /dev/null
printf 'resources: []\n' > "$WORK/pack/ressources.yaml"
"$PACK_TOOL" import --today 2026-11-25 "$WORK/pack" --format hsds "$WORK/hsds/services.json"
"$PACK_TOOL" export "$WORK/pack" --format csv -o "$WORK/after.csv" > /dev/null
sort "$WORK/before.csv" > "$WORK/before.sorted"
sort "$WORK/after.csv" > "$WORK/after.sorted"
diff "$WORK/before.sorted" "$WORK/after.sorted"
echo "round trip: every resource back"
# A hand-written file with problems: each named with its line and column.
cp -r "$FIXTURE" "$WORK/pack2"
if "$PACK_TOOL" import --today 2026-11-25 "$WORK/pack2" --format hsds "$SCHEMA_DIR/problems.json" 2> "$WORK/problems.txt"; then
  echo "problems went unreported"; exit 1
fi
cat "$WORK/problems.txt"
# In French, as facilitators read them (--lang en gives them in English).
grep -q "problems.json:2:3 : .*rangé sous" "$WORK/problems.txt"
grep -q "problems.json:.*« Atlantide » n’est pas un territoire de ce pack" "$WORK/problems.txt"
grep -q 'problems.json:10:3 : ce n’est pas un service' "$WORK/problems.txt"
echo "problems located"
# Another region's facilitator seeds a brand-new pack from this export: the other
# pack's territory and theme ids are not carried over, and the new pack is valid.
"$PACK_TOOL" new "$WORK/fresh" > /dev/null
# (it lists what it filed under the new pack's own categories: a non-zero status, and the pack stays valid)
"$PACK_TOOL" import --today 2026-11-25 "$WORK/fresh" --format hsds "$WORK/hsds/services.json" 2> "$WORK/fresh-problems.txt" | grep -q "^26 added" || { cat "$WORK/fresh-problems.txt"; exit 1; }
"$PACK_TOOL" validate "$WORK/fresh"  # new writes today's date
echo "a fresh pack seeded"
