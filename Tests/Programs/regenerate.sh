#!/bin/sh
# Regenerate expected outputs for every test program (a .py with a .out beside it)
# using CPython (python3) as the oracle.
#   <name>.out  exact stdout
#   <name>.rc   exit status, written only when non-zero (stale ones are deleted)
#   <name>.err  exact stderr, rewritten only where a .err already exists
# Each program runs with cwd = its own folder and just its file name as argument;
# the folder's absolute path is stripped from file names in the recorded stderr.
# Usage: ./regenerate.sh [dir-or-file ...]   (default: everything under this folder)
set -u
PY=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1
ROOT=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then set -- "$ROOT"; fi
for target in "$@"; do
  if [ -d "$target" ]; then
    find "$target" -name '*.py' -type f | sort
  else
    echo "$target"
  fi
done | while IFS= read -r py; do
  dir=$(cd "$(dirname "$py")" && pwd)
  name=$(basename "$py" .py)
  [ -f "$dir/$name.out" ] || continue
  errtmp=$(mktemp)
  (cd "$dir" && "$PY" "$name.py" >"$name.out" 2>"$errtmp" </dev/null)
  rc=$?
  if [ -f "$dir/$name.err" ]; then
    # CPython >= 3.9 reports the script (and modules beside it) by absolute
    # path; strip the folder so tracebacks read  File "name.py", line N
    esc=$(printf '%s' "$dir/" | sed 's/[][\\.*^$|]/\\&/g')
    sed "s|\"$esc|\"|g" "$errtmp" >"$dir/$name.err"
  elif [ -s "$errtmp" ]; then
    echo "warning: ${py#$ROOT/} wrote to stderr (no .err kept)" >&2
  fi
  rm -f "$errtmp"
  if [ "$rc" -ne 0 ]; then
    echo "$rc" >"$dir/$name.rc"
  else
    rm -f "$dir/$name.rc"
  fi
  echo "regenerated ${py#$ROOT/} (exit $rc)"
done
