#!/usr/bin/env bash
# The web app under load (issue 14 §6): 100,000 students, wrk on loopback against the pupil's
# recommendations and the employer's shortlists at 8, 64 and 256 connections; the same load while an
# import of 100,000 more students runs beside it; the server's memory sampled over a long run.
#
#   Benchmarks/web-load.sh [WORKDIR]          (release build first: swift build -c release)
#
# Environment: STUDENTS (100000), DURATION (s per wrk run, 30), SOAK (s of the memory run, 600),
# PUPILS (pupils signed in and rotated through, 40). Needs curl and wrk (Debian: apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/web-load}"
students="${STUDENTS:-100000}" duration="${DURATION:-30}" soak="${SOAK:-600}" pupils="${PUPILS:-40}"
cli="${CLI:-$PWD/.build/release/match-cli}"
[ -x "$cli" ] || { echo "build first: swift build -c release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mkdir -p "$work"; rm -f "$work"/load.sqlite*
export MATCH_LANG=en MATCH_DB="$work/load.sqlite"

echo "== $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== database: $students students"
/usr/bin/time -f "   init: %e s, peak %M KiB" "$cli" init --students "$students" --seed 7 >/dev/null
"$cli" generate --students "$students" --seed 8 --out "$work/more-students.csv" >/dev/null

"$cli" serve --port 0 --demo >"$work/serve.log" 2>"$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 600); do grep -q '^Web app: ' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Web app: \(http[^ ]*\)\/$/\1/p' "$work/serve.log")
[ -n "$url" ] || { echo "the server did not start:" >&2; cat "$work/serve.err" >&2; exit 1; }
password() { sed -n "s/^  $1 \/ \([^ ]*\) .*/\1/p" "$work/serve.log"; }

# Signs in and prints the session cookie ("match_session=..."); $1 is the form's body after csrf.
cookie_jar=0
sign_in() {
  local path="$1" body="$2" jar="$work/jar.$((cookie_jar += 1))"
  local csrf
  csrf=$(curl -s -c "$jar" "$url/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" --data "$body" "$url$path"
  awk '$6 == "match_session" { print "match_session=" $7 }' "$jar"
}
session_csrf() { curl -s -b "$1" "$url$2" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }

employer=$(sign_in /login "login=demo-employer&password=$(password demo-employer)")
counsellor=$(sign_in /login "login=demo-counsellor&password=$(password demo-counsellor)")
[ -n "$employer" ] && [ -n "$counsellor" ] || { echo "demo sign-in failed" >&2; exit 1; }

# The counsellor prints one-time codes for a class; the first $pupils pupils sign in with them.
class=$(curl -s -b "$counsellor" "$url/counsellor" | sed -n 's/.*href="\(\/counsellor\/classes\/[^"]*\)".*/\1/p' | head -1)
codes=$(curl -s -b "$counsellor" --data-urlencode "csrf=$(session_csrf "$counsellor" "$class")" "$url$class/codes" \
  | grep -o '[A-Z2-9]\{5\}-[A-Z2-9]\{5\}' | sort -u | head -"$pupils")
: >"$work/requests.txt"; : >"$work/shortlists.txt"
for code in $codes; do
  pupil=$(sign_in /code "code=$code")
  [ -n "$pupil" ] && echo "$pupil /api/v1/pupil/recommendations" >>"$work/requests.txt"
done
signed=$(wc -l <"$work/requests.txt")
[ "$signed" -gt 0 ] || { echo "no pupil could sign in with a printed code" >&2; exit 1; }
vacancies=$(curl -s -b "$employer" "$url/api/v1/employer/vacancies" | grep -o '"id" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/')
for id in $vacancies; do echo "$employer /api/v1/employer/vacancies/$id/shortlist" >>"$work/shortlists.txt"; done
echo "== $signed pupils signed in; $(wc -l <"$work/shortlists.txt") of the employer's vacancies"

# A shortlist is ranked over every student once per data version and vacancy, then served from memory:
# the first request for each vacancy shows what ranking costs.
first() { while read -r cookie path; do curl -s -o /dev/null -w '%{time_total}\n' -b "$cookie" "$url$path"; done <"$work/shortlists.txt" |
  sort -n | awk '{ t[NR] = $1 } END { printf "median %.3f s, slowest %.3f s", t[int((NR + 1) / 2)], t[NR] }'; }
echo "== each shortlist's first request (ranked among all students): $(first); its second: $(first)"

# wrk rotates through "cookie path" lines, one per request.
cat >"$work/rotate.lua" <<'LUA'
local lines = {}
for line in io.lines(os.getenv("REQUESTS")) do
  local cookie, path = line:match("^(%S+) (%S+)$")
  lines[#lines + 1] = wrk.format("GET", path, { ["Cookie"] = cookie })
end
local n = 0
request = function() n = n + 1; return lines[(n % #lines) + 1] end
LUA
run_wrk() { # endpoint-file connections seconds
  REQUESTS="$1" wrk -t2 -c"$2" -d"$3"s --latency -s "$work/rotate.lua" "$url" >"$work/wrk.out" 2>&1 || true
  local rps p50 p99 non2xx errors
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.out")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.out"); p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.out"); errors=$(sed -n 's/.*Socket errors: //p' "$work/wrk.out")
  printf '   %-16s %4s conn: %9s req/s  p50 %8s  p99 %8s  non-2xx %s  socket errors %s\n' \
    "$(basename "$1" .txt)" "$2" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errors:-none}"
}
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

echo "== wrk, ${duration} s each, server RSS $(rss) MiB before"
for connections in 8 64 256; do
  run_wrk "$work/requests.txt" "$connections" "$duration"
  run_wrk "$work/shortlists.txt" "$connections" "$duration"
done

echo "== both endpoints at 64 connections for as long as an import of $students students runs beside it"
cat "$work/requests.txt" "$work/shortlists.txt" >"$work/both.txt"
REQUESTS="$work/both.txt" wrk -t2 -c64 -d3600s --latency -s "$work/rotate.lua" "$url" >"$work/beside.out" 2>&1 &
load=$!
/usr/bin/time -f "   import: %e s, exit %x" "$cli" import "$work/more-students.csv" >"$work/import.out" 2>"$work/import.err" || true
kill -INT $load; wait $load || true  # wrk prints its figures when interrupted
tail -1 "$work/import.err"
awk '/^Requests\/sec|Non-2xx|Socket errors|^     50%|^     99%/ { print "   " $0 }' "$work/beside.out"

echo "== memory over ${soak} s of load (64 connections, both endpoints): RSS in MiB every 30 s"
REQUESTS="$work/both.txt" wrk -t2 -c64 -d"$soak"s --latency -s "$work/rotate.lua" "$url" >"$work/soak.out" 2>&1 &
load=$!
samples=""
while kill -0 $load 2>/dev/null; do samples+="$(rss) "; sleep 30; done
echo "   $samples"
awk '/^Requests\/sec|Non-2xx|Socket errors/ { print "   " $0 }' "$work/soak.out"
