#!/usr/bin/env bash
# Import at database speed (issue 16 §2): STUDENTS generated students (1,000,000) in one CSV file, loaded
# into fresh copies of one database with plain SQL (the floor, Benchmarks/import_floor.sh) and imported by
# `match-cli import`, in turn (floor, import, floor, import, …) so that a drifting machine speed hits both;
# then the same file imported again over the imported database (every row an unchanged upsert).
#
#   Benchmarks/import-1m.sh [WORKDIR]        (release build first: swift build -c release)
#
# Environment: STUDENTS (1000000), RUNS (pairs, 2), CLI (the match-cli binary). Needs sqlite3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/import-bench}" students="${STUDENTS:-1000000}" runs="${RUNS:-2}"
cli="${CLI:-$PWD/.build/release/match-cli}"
[ -x "$cli" ] || { echo "build first: swift build -c release" >&2; exit 2; }
mkdir -p "$work"; rm -f "$work"/empty.sqlite*
export MATCH_LANG=en
"$cli" init --db "$work/empty.sqlite" --students 0 >/dev/null
csv="$work/students-$students.csv"
[ -s "$csv" ] || "$cli" generate --students "$students" --seed 1 --out "$csv" --db "$work/empty.sqlite" >/dev/null
echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $students students, $(du -m "$csv" | cut -f1) MB of CSV"
fresh() { rm -f "$work/$1".sqlite*; for f in "$work"/empty.sqlite*; do cp "$f" "$work/$1${f#"$work"/empty}"; done; }
seconds() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  read -r wall kb <"$work/time.txt"; echo "$wall $((kb / 1024))"; }
for run in $(seq "$runs"); do
  fresh floor; read -r floor floor_mb < <(seconds bash Benchmarks/import_floor.sh "$csv" "$work/floor.sqlite")
  fresh imported; read -r import import_mb < <(seconds "$cli" import "$csv" --db "$work/imported.sqlite")
  printf '   pair %d: floor %7.1f s (sqlite3 %4d MiB)   import %7.1f s (peak %4d MiB)   import/floor %.2f\n' \
    "$run" "$floor" "$floor_mb" "$import" "$import_mb" "$(echo "$import / $floor" | bc -l)"
done
tail -1 "$work/out.txt" | sed 's/^/   /'
read -r again again_mb < <(seconds "$cli" import "$csv" --db "$work/imported.sqlite")
printf '   again over the imported database: %.1f s (peak %d MiB)   again/floor %.2f\n' "$again" "$again_mb" "$(echo "$again / $floor" | bc -l)"
tail -1 "$work/out.txt" | sed 's/^/   /'
for db in floor imported; do
  echo "   $db: $(sqlite3 "$work/$db.sqlite" "SELECT (SELECT count(*) FROM student) || ' students, ' || (SELECT count(*) FROM student_grade) || ' grades, ' || (SELECT count(*) FROM student_skill) || ' skills'")"
done
