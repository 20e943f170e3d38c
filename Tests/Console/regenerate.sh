#!/bin/sh
# Regenerates the expected output of console transcripts with CPython's console:
# `python3 -i < name.txt` gives name.out (stdout) and name.err (stderr, prompts included),
# with the banner line dropped and addresses left for the test to normalise.
# Usage: sh Tests/Console/regenerate.sh [Tests/Console/name.txt ...]
cd "$(dirname "$0")" || exit 1
[ $# -eq 0 ] && set -- *.txt
for input in "$@"; do
    name=$(basename "$input" .txt)
    python3 -i < "$name.txt" > "$name.out" 2> "$name.err.tmp"
    echo $? > "$name.rc"
    tail -n +2 "$name.err.tmp" > "$name.err"
    rm -f "$name.err.tmp"
    echo "regenerated $name"
done
