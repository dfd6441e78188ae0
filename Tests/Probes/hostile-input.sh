#!/usr/bin/env bash
# Hostile-input probes (issue 12 §7): crafted files and database paths given to match-cli, one line each
# with the exit status, peak memory, seconds, how many lines it printed on standard error and the first one.
# Usage: Tests/Probes/hostile-input.sh [path/to/match-cli]   (default: .build/release/match-cli)
# Every probe must end with a clear, located message and exit 1, quickly and in bounded memory.
set -u
M="$(realpath "${1:-.build/release/match-cli}")"
W="$(mktemp -d /tmp/hostile-probes.XXXXXX)"
trap 'rm -rf "$W"' EXIT
cd "$W"
export MATCH_DB="$W/probe.sqlite"
"$M" init --students 0 >/dev/null 2>&1 || { echo "init failed"; exit 2; }
py() { python3 -c "$1"; }
HEADER="id,stage,year,region,town,settlement,relocation,birth_year,guardian_consent,specialty,college,grades,interests,skills,languages,school_language,sex"
ROW="st-1,graduate,,karaganda,,urban,region,2000,,,,math:4;physics:5,R:0.9;I:0.3;A:0.1;S:0.2;E:0.3;C:0.5,,kk;ru,kk,male"
JSONROW='{"id": "st-1", "stage": "graduate", "region": "karaganda", "settlement": "urban", "relocation": "none", "birth_year": 2000, "grades": {"math": 4}, "interests": {"R": 0.5, "I": 0.5, "A": 0.5, "S": 0.5, "E": 0.5, "C": 0.5}, "languages": ["kk"], "school_language": "kk"}'
count=0
probe() {  # probe NAME -- command...
  local name="$1"; shift
  count=$((count + 1))
  /usr/bin/time -f "%x %M %e" -o time.txt timeout 120 "$@" >out.txt 2>err.txt
  read -r status kb seconds < <(tail -1 time.txt | sed 's/Command exited with non-zero status //')
  [ -z "${kb:-}" ] && read -r status kb seconds < time.txt
  printf '%-34s exit %-3s %6d MB %6ss %8d lines | %s\n' "$name" "$status" $((kb / 1024)) "$seconds" "$(wc -l <err.txt)" \
    "$(head -c 220 err.txt | head -1)"
}

# Duplicate keys written with escapes
printf '[{"id": "st-1", "guardian_consent": true, "\\u0067uardian_consent": false, %s]\n' "${JSONROW#\{\"id\": \"st-1\", }" > esc-students.json
probe "escaped duplicate key" "$M" import esc-students.json --kind students
printf '[{"id": "st-1", "st\\u0061ge": "college", %s]\n' "${JSONROW#\{\"id\": \"st-1\", }" > esc2-students.json
probe "escaped duplicate key (2)" "$M" import esc2-students.json --kind students

# Sizes
py "import sys; sys.stdout.write('$HEADER\n' + '$ROW'.replace('st-1', 'st-' + 'x' * 60_000_000, 1) + '\n')" > big-field-students.csv
probe "60 MB CSV field" "$M" import big-field-students.csv --kind students
py "import sys; sys.stdout.write('$HEADER\n\"' + 'x' * 60_000_000 + '\n')" > open-quote-students.csv
probe "60 MB unclosed quoted CSV field" "$M" import open-quote-students.csv --kind students
py "import sys; sys.stdout.write('$HEADER\n' + ','.join(['y' * 1000] * 60_000) + '\n')" > wide-row-students.csv
probe "60 MB CSV line (60,000 fields)" "$M" import wide-row-students.csv --kind students
py "import sys; sys.stdout.write('[' + '''$JSONROW'''.replace('st-1', 'st-' + 'x' * 60_000_000, 1) + ']')" > big-field-students.json
probe "60 MB JSON string" "$M" import big-field-students.json --kind students
py "import sys; sys.stdout.write('[' + '''$JSONROW'''.replace('\"stage\"', '\"note\": [' + ','.join(['1'] * 20_000_000) + '], \"stage\"', 1) + ']')" > big-record-students.json
probe "40 MB JSON record" "$M" import big-record-students.json --kind students

# Many problems
py "import sys; sys.stdout.write(','.join(['id'] + ['c%d' % i for i in range(50_000)]) + '\n')" > wide-students.csv
probe "50,000-column CSV header" "$M" import wide-students.csv --kind students
py "import sys; sys.stdout.write('[' + ','.join(['{}'] * 100_000) + ']')" > empty-records-students.json
probe "300 KB JSON of 100,000 {}" "$M" import empty-records-students.json --kind students
py "import sys; sys.stdout.write('$HEADER\n' + '\n'.join('$ROW'.replace('st-1', 'st-%d' % i).replace('karaganda', 'nowhere') for i in range(100_000)) + '\n')" > bad-rows-students.csv
probe "100,000 rows, each unknown region" "$M" import bad-rows-students.csv --kind students

# JSON errors and numbers
printf '[%s\n %s]\n' "$JSONROW" "$JSONROW" > missing-comma-students.json
probe "JSON: missing comma" "$M" import missing-comma-students.json --kind students
printf '[%s,]\n' "$JSONROW" > trailing-comma-students.json
probe "JSON: trailing comma" "$M" import trailing-comma-students.json --kind students
printf '[%s' "$JSONROW" | head -c 100 > truncated-students.json
probe "JSON: cut off" "$M" import truncated-students.json --kind students
printf '[{"id": "st-1", "stage": "graduate\n}]' > newline-in-string-students.json
probe "JSON: newline in a string" "$M" import newline-in-string-students.json --kind students
printf "[{'id': 'st-1'}]" > single-quotes-students.json
probe "JSON: single quotes" "$M" import single-quotes-students.json --kind students
printf '[%s]\n' "${JSONROW/\"st-1\"/1e400}" > huge-id-students.json
probe "JSON: 1e400 as an id" "$M" import huge-id-students.json --kind students
printf '[%s]\n' "${JSONROW/2000/1e400}" > huge-year-students.json
probe "JSON: 1e400 as a birth year" "$M" import huge-year-students.json --kind students
printf '[{"id": "st-\\ud800", %s]\n' "${JSONROW#\{\"id\": \"st-1\", }" > lone-surrogate-students.json
probe "JSON: lone surrogate escape" "$M" import lone-surrogate-students.json --kind students
py "import sys; sys.stdout.write('[' * 100_000 + ']' * 100_000)" > deep-students.json
probe "JSON: 100,000 levels deep" "$M" import deep-students.json --kind students
printf '[%s]\xff\n' "$JSONROW" > trailing-byte-students.json
probe "JSON: a byte after the array" "$M" import trailing-byte-students.json --kind students

# Files that are not files
mkdir folder-students.csv
probe "import a folder" "$M" import folder-students.csv
probe "import /dev/zero" "$M" import /dev/zero --kind students
mkfifo fifo-students.csv
probe "import a named pipe" "$M" import fifo-students.csv

# --db that is not a database
: > empty.sqlite
probe "--db an empty file" "$M" stats --db empty.sqlite
[ -s empty.sqlite ] && echo "    (empty.sqlite is now $(stat -c %s empty.sqlite) bytes)"
mkdir folder.sqlite
probe "--db a folder" "$M" stats --db folder.sqlite
echo "these are not SQLite" > text.sqlite
probe "--db a text file" "$M" stats --db text.sqlite
probe "--db /dev/null" "$M" stats --db /dev/null
probe "import --db an empty file" "$M" import esc-students.json --kind students --db empty.sqlite
probe "--db in /proc" "$M" stats --db /proc/probe.sqlite
probe "--db under a file" "$M" stats --db text.sqlite/db.sqlite
probe "init --db in /proc" "$M" init --db /proc/probe.sqlite --students 0
probe "generate --out in /proc" "$M" generate --students 5 --out /proc/s.csv
probe "init --db in a new folder in /proc" "$M" init --db /proc/new/db.sqlite --students 0
probe "init --db in a new folder in /sys" "$M" init --db /sys/new/db.sqlite --students 0
probe "report --out a new folder in /proc" "$M" report --out /proc/newfolder
probe "report --out a new folder in /sys" "$M" report --out /sys/newfolder
echo "probes: $count"
