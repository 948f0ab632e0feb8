#!/bin/bash
# Rebuild a held-out set from its folder: raw/ outline/ gold/ from specs/ (gen.py) and hand/ (hand-written
# raw files and outlines), then undo site damage in gold per fixes/. Usage: make_set.sh SET_FOLDER
set -e
here=$(cd "$1" && pwd)
specs=$(cd "$(dirname "$0")" && pwd)
tools=/work/shared/eval/tools
rm -rf "$here/raw" "$here/outline" "$here/gold"
"$tools/build.sh" "$here"/specs/*.txt "$here"
for f in "$here"/hand/outline/*.txt; do
  n=$(basename "$f" .txt)
  cp "$here/hand/raw/$n.txt" "$here/raw/$n.txt"
  cp "$f" "$here/outline/$n.txt"
  # outline2gold reads a section's marker at the start of its first line; markdown heading marks and a
  # list bullet before a marker ("## 一、", "- 1、") are formatting, so it reads a copy without them
  # (same lines, same line numbers; a UTF-8 copy, whatever the raw file's encoding). Files without such
  # lines read the same either way. The outline's leading '#' comment lines describe the document;
  # outline2gold ignores lines it does not know.
  python3 "$specs/tools/unmark.py" "$here/raw/$n.txt" > "$here/hand/.unmarked.txt"
  python3 "$tools/outline2gold.py" "$here/hand/.unmarked.txt" "$f" > "$here/gold/$n.json"
  rm -f "$here/hand/.unmarked.txt"
done
python3 "$specs/holdout3/tools/fix_gold.py" "$here"
echo "$(ls "$here/gold" | wc -l) gold files in $here/gold"
