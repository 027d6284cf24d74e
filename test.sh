#!/usr/bin/env bash
# Runs the whole test suite against a real PostgreSQL (the private cluster, or OPENGOV_DB), and the
# scale-out tests against a real Redis too (a private redis-server, or OPENGOV_REDIS).
# Ends with one line "N passed, N failed[, N skipped]"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/pg.sh
source scripts/redis.sh
ensure_database
# Without Redis everything else still runs; the scale-out tests then fail and say why.
ensure_redis || echo "No Redis server: the scale-out tests (ScaleOut.*) will fail." >&2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=.data/test-results
rm -rf "$results"
mkdir -p "$results"
status=0
dotnet test OpenGov.sln --logger "trx;LogFilePrefix=tests" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?

# Sum the counters of every test run's TRX file.
read -r passed failed skipped < <(
    cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
        { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"|\/|>/, "", kv[2]); c[kv[1]] += kv[2] } }
        END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }'
)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
