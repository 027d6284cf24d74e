#!/usr/bin/env bash
# Load test of the scale-out topology (not a test): scripts/cluster.sh's two instances behind nginx,
# one Redis, one PostgreSQL, all on this machine. Prints, with the same wrk command through the proxy:
#   - one instance (B stopped, the proxy sends everything to A) vs two, for the anonymous commitment
#     page and the same page signed in: req/s, p50, p99, errors;
#   - how long a comment written through A takes to be on B's next anonymous page;
#   - a bounded run that kills instance B (SIGKILL) under load while a citizen keeps commenting
#     through the proxy: errors clients saw, and whether every comment answered 302 is stored once.
#
# Settings (environment): BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_KILL_SECONDS (20), CLUSTER_* (see scripts/cluster.sh). Uses the cluster's database
# (opengov_cluster); the rate limits are raised for the run (one citizen posts many comments).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
KILL_SECONDS=${BENCH_KILL_SECONDS:-20}
PORT_A=${CLUSTER_PORT_A:-5181}
PORT_B=${CLUSTER_PORT_B:-5182}
PROXY="https://127.0.0.1:${CLUSTER_PROXY_PORT:-8443}"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
WORK="$ROOT/.data/cluster"
PAGE=/pastaza/plans/1/commitments/PZ-01
BROWSER=(-H "Accept-Encoding: gzip, deflate, br")
FWD=(-H "X-Forwarded-Proto: https" -H "Host: 127.0.0.1:${CLUSTER_PROXY_PORT:-8443}")
say() { echo "== $*" >&2; }
die() { echo "bench/cluster.sh: $*" >&2; exit 1; }
for tool in wrk curl psql awk; do command -v "$tool" >/dev/null || die "$tool is not on PATH"; done

export RateLimits__ParticipationPermitsPerMinute=1000000 RateLimits__SignInPerAccountPerMinute=1000 RateLimits__SignInPerAddressPerMinute=1000
scripts/cluster.sh stop >/dev/null 2>&1 || true
scripts/cluster.sh start
# The helpers of the smoke test (sign_in, post_comment, sql, connect) without running a command.
source <(sed -n '/^source scripts\/pg.sh/,/^case "\${1:-}" in/p' scripts/cluster.sh | sed '$d')
DB=${CLUSTER_DB:-opengov_cluster}
connect
ID=$(sql -d "$DB" -c "SELECT c.id FROM commitments c JOIN action_plans p ON p.id = c.action_plan_id JOIN jurisdictions j ON j.id = p.jurisdiction_id WHERE j.slug = 'pastaza' AND p.number = 1 AND c.code = 'PZ-01'")

raw="$WORK/bench-$(date +%Y%m%dT%H%M%S)"
mkdir -p "$raw"
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
measure() { # label, wrk arguments...
    local label=$1 out="$raw/$1.txt"; shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$out"
    local req p50 p99 non2xx sock
    req=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")
    sock=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); print }' "$out")
    printf '%-28s %8s %9s %9s %s\n' "$label" "${req:-0}" "$p50" "$p99" "errors: ${non2xx:-0} non-2xx${sock:+, socket: $sock}" | tee -a "$raw/summary.txt"
}

echo "machine: nproc=$(nproc), $(date -Is); wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency through nginx (TLS)" | tee "$raw/summary.txt"
printf '%-28s %8s %9s %9s %s\n' run 'req/s' 'p50 ms' 'p99 ms' errors | tee -a "$raw/summary.txt"
sign_in "$PROXY"
SIGNED_IN=$AUTH

# --- one instance: B stopped, the proxy sends everything to A ------------------------------------
kill "$(cat "$WORK/b.pid")"; while kill -0 "$(cat "$WORK/b.pid")" 2>/dev/null; do sleep 0.1; done; rm -f "$WORK/b.pid"
curl -ks -o /dev/null "$PROXY/readyz"; curl -ks -o /dev/null "$PROXY/readyz"
measure "1 instance, anonymous" "${BROWSER[@]}" "$PROXY$PAGE"
measure "1 instance, signed-in" "${BROWSER[@]}" -H "Cookie: $SIGNED_IN" "$PROXY$PAGE"

# --- two instances ------------------------------------------------------------------------------------
CLUSTER_NO_BUILD=1 scripts/cluster.sh start 2>/dev/null
sleep 6 # the proxy's fail_timeout for B has passed
measure "2 instances, anonymous" "${BROWSER[@]}" "$PROXY$PAGE"
measure "2 instances, signed-in" "${BROWSER[@]}" -H "Cookie: $SIGNED_IN" "$PROXY$PAGE"

# --- a write through A, visible on B ----------------------------------------------------------------------
sign_in "$A"
times=()
for i in 1 2 3 4 5; do
    curl -s -o /dev/null "${FWD[@]}" "$B$PAGE"
    text="Visibilidad entre instancias $i $(date +%s%N)"
    start=$(date +%s%N)
    [ "$(post_comment "$A" "$ID" "$PAGE" "$text")" = 302 ] || die "the comment through A was not accepted"
    posted=$(date +%s%N)
    polls=1
    until shows "$B$PAGE" "$text"; do polls=$((polls + 1)); sleep 0.001; done
    seen=$(date +%s%N)
    times+=("$(( (seen - posted) / 1000 ))")
    echo "write $i: POST through A took $(( (posted - start) / 1000000 )) ms; on B's page after $(( (seen - posted) / 1000 )) µs, at GET number $polls" >>"$raw/visibility.txt"
done
echo "write through A -> B's next anonymous page: $(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "min %d µs, median %d µs, max %d µs (5 writes; the time of B'"'"'s first GET after the POST returned)", v[1], v[3], v[5] }')" | tee -a "$raw/summary.txt"

# --- kill B under load -----------------------------------------------------------------------------------------
say "kill test: wrk ${KILL_SECONDS}s through the proxy, a citizen commenting through the proxy, B killed after 5 s"
sign_in "$PROXY"
marker="Informe bajo carga $(date +%s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${KILL_SECONDS}s" --latency "${BROWSER[@]}" "$PROXY$PAGE" >"$raw/kill-wrk.txt" &
wrk_pid=$!
: >"$raw/kill-posts.txt"
(
    n=0
    end=$((SECONDS + KILL_SECONDS))
    while [ $SECONDS -lt $end ]; do
        n=$((n + 1))
        code=$(post_comment "$PROXY" "$ID" "$PAGE" "$marker #$n" || echo 000)
        echo "$n $code $(date +%s%N)" >>"$raw/kill-posts.txt"
    done
) &
posts_pid=$!
sleep 5
killed_at=$(date +%s%N)
kill -9 "$(cat "$WORK/b.pid")"; rm -f "$WORK/b.pid"
wait "$wrk_pid" || true
wait "$posts_pid" || true
non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$raw/kill-wrk.txt")
sock=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); print }' "$raw/kill-wrk.txt")
reqs=$(awk '/requests in/ { print $1 }' "$raw/kill-wrk.txt")
p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$raw/kill-wrk.txt")")
posted=$(wc -l <"$raw/kill-posts.txt")
accepted=$(awk '$2 == 302' "$raw/kill-posts.txt" | wc -l)
before_kill=$(awk -v k="$killed_at" '$2 == 302 && $3 < k' "$raw/kill-posts.txt" | wc -l)
failed=$(awk '$2 != 302 { printf "%s#%s ", $2, $1 }' "$raw/kill-posts.txt")
# Each accepted comment must be stored exactly once; a failed one at most once.
stored=$(sql -d "$DB" -c "SELECT text, count(*) FROM comments WHERE text LIKE '$marker #%' GROUP BY text" | awk -F'|' '{ split($1, p, "#"); print p[2], $2 }')
dupes=$(awk '$2 > 1' <<<"$stored" | wc -l)
missing=0
while read -r n code _; do
    [ "$code" = 302 ] || continue
    grep -q "^$n 1$" <<<"$stored" || missing=$((missing + 1))
done <"$raw/kill-posts.txt"
{
    echo "kill B under load: wrk ${reqs:-?} requests, p99 $p99 ms, ${non2xx:-0} non-2xx${sock:+, socket errors: $sock}"
    echo "  comments posted through the proxy: $posted, answered 302: $accepted ($before_kill before the kill), other answers: ${failed:-none}"
    echo "  in the database: $(wc -l <<<"$stored" | tr -d ' ') distinct, $missing accepted but missing, $dupes stored more than once"
} | tee -a "$raw/summary.txt"

CLUSTER_NO_BUILD=1 scripts/cluster.sh start 2>/dev/null
say "raw output in $raw"
