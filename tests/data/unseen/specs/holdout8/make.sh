#!/bin/bash
# Rebuild the set: raw/ outline/ gold/ from specs/ (gen.py) and hand/ (hand-written raw files and
# outlines), then undo site damage in gold per fixes/.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tools=/work/shared/eval/tools
rm -rf "$here/raw" "$here/outline" "$here/gold"
"$tools/build.sh" "$here"/specs/*.txt "$here"
for f in "$here"/hand/outline/*.txt; do
  n=$(basename "$f" .txt)
  cp "$here/hand/raw/$n.txt" "$here/raw/$n.txt"
  cp "$f" "$here/outline/$n.txt"
  # holdout6's unmark.py (a no-op here: no markdown marks in this set) gives outline2gold a UTF-8 copy
  python3 "$here/tools/unmark.py" "$here/raw/$n.txt" > "$here/hand/.unmarked.txt"
  python3 "$tools/outline2gold.py" "$here/hand/.unmarked.txt" "$f" > "$here/gold/$n.json"
  rm -f "$here/hand/.unmarked.txt"
done
python3 /work/main/tests/data/unseen/specs/holdout3/tools/fix_gold.py "$here"
echo "$(ls "$here/gold" | wc -l) gold files in $here/gold"
