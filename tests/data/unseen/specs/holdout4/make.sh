#!/bin/bash
# Rebuild the set: raw/ outline/ gold/ from specs/, then undo site damage in gold per fixes/
# (with the third set's fixer: the same script).
set -e
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$here/raw" "$here/outline" "$here/gold"
/work/shared/eval/tools/build.sh "$here"/specs/*.txt "$here"
python3 "$here/../holdout3/tools/fix_gold.py" "$here"
