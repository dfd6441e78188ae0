#!/usr/bin/env bash
# The floor for `match-cli import` of students (issue 16 §2): the same rows of the same CSV file loaded
# into the same schema with plain SQL, in one transaction, by sqlite3 alone — no validation, no names as
# people type them, no upsert. `.import` reads the file with one prepared INSERT per row into a temporary
# table; three INSERT … SELECT statements then fill `student`, `student_grade` and `student_skill` (the
# `key:value;…` cells are split with SQLite's JSON functions). Foreign keys are on, as in the importer,
# and the schema's trigger makes each student's audit token as it does there.
#
# Usage: Benchmarks/import_floor.sh STUDENTS.csv DATABASE
#   DATABASE: a database made by `match-cli init --students 0` (the students' catalogue must be in it).
# Prints the seconds the load took and the rows it stored.
set -euo pipefail
csv="$1" db="$2"
[ -f "$csv" ] && [ -f "$db" ] || { echo "usage: $0 STUDENTS.csv DATABASE" >&2; exit 2; }
header="$(head -1 "$csv")"
case ",$header," in *,school,*) school="NULLIF(school, '')" class="NULLIF(class, '')" ;; *) school=NULL class=NULL ;; esac
start=$(date +%s.%N)
sqlite3 -bail "$db" <<SQL
PRAGMA foreign_keys = ON;
PRAGMA temp_store = MEMORY;
BEGIN;
CREATE TEMP TABLE raw ($(sed 's/,/ TEXT, /g; s/$/ TEXT/' <<<"$header"));
.import --csv --skip 1 "$csv" raw
INSERT INTO student (id, stage, year, region_id, town, settlement, relocation, birth_year, guardian_consent,
                     specialty_id, college_id, interest_r, interest_i, interest_a, interest_s, interest_e, interest_c,
                     languages, school_language, sex, school_id, class_name, record_hash)
SELECT id, stage, CAST(NULLIF(year, '') AS INTEGER), region, NULLIF(town, ''), settlement, relocation,
       CAST(birth_year AS INTEGER), CASE guardian_consent WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END,
       NULLIF(specialty, ''), NULLIF(college, ''),
       j ->> 'R', j ->> 'I', j ->> 'A', j ->> 'S', j ->> 'E', j ->> 'C',
       languages, school_language, NULLIF(sex, ''), $school, $class, '0000000000000000'
FROM (SELECT *, '{"' || replace(replace(interests, ':', '":'), ';', ',"') || '}' AS j FROM raw);
INSERT INTO student_grade (student_id, subject_id, grade)
SELECT raw.id, g.key, g.value FROM raw, json_each('{"' || replace(replace(grades, ':', '":'), ';', ',"') || '}') AS g
WHERE grades <> '';
INSERT INTO student_skill (student_id, skill_id, level, evidence)
SELECT raw.id, s.value ->> 0, CAST(s.value ->> 1 AS INTEGER), s.value ->> 2
FROM raw, json_each('[["' || replace(replace(skills, ':', '","'), ';', '"],["') || '"]]') AS s
WHERE skills <> '';
COMMIT;
SQL
end=$(date +%s.%N)
printf 'floor: %.1f s; ' "$(echo "$end - $start" | bc)"
sqlite3 "$db" "SELECT (SELECT count(*) FROM student) || ' students, ' || (SELECT count(*) FROM student_grade) || ' grades, ' || (SELECT count(*) FROM student_skill) || ' skills'"
