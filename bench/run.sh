#!/usr/bin/env bash
# Benchmark of the public pages (not a test): Release build, Production environment, a private
# database with the demo data plus deterministic synthetic data, wrk at 32 connections.
#
#   bench/run.sh [--scale S]      S = 1 (default): 20 jurisdictions, ~2,000 commitments,
#                                 ~20,000 milestones, ~200,000 progress updates with verdicts;
#                                 0.1: a tenth (the 200-commitment plan is always there)
#
# Prints req/s, p50, p99 and errors per page, the transferred size of the largest pages, and,
# when ../shared/bench/ceiling/run.sh exists next to the repository, measures the same URLs
# through it, side by side with the bare MVC + EF + PostgreSQL reference in the same rounds.
#
# Settings (environment): BENCH_APP_PORT (5099), BENCH_DURATION (10s), BENCH_WARMUP (10, seconds
# per page), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_WORK (/tmp/opengov-bench),
# BENCH_CEILING (auto: run the reference when present; 0: never), BENCH_CEILING_SCRIPT (where
# the reference is, when the checkout is not next to shared/), CEILING_* (passed through),
# BENCH_PAGES (names of the pages to load, e.g. "plan signed-in"; all when unset), BENCH_SIGNED_PATH
# (the page loaded signed in; default the commitment page).
# Uses the private PostgreSQL cluster of ./run.sh and ./test.sh (scripts/pg.sh), database
# opengov_bench, dropped and rebuilt on every run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SCALE=1
while [ $# -gt 0 ]; do
    case $1 in
        --scale) SCALE=$2; shift 2 ;;
        --scale=*) SCALE=${1#*=}; shift ;;
        *) echo "usage: bench/run.sh [--scale S]" >&2; exit 2 ;;
    esac
done
[[ $SCALE =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "--scale takes a number such as 0.1 or 1" >&2; exit 2; }

PORT=${BENCH_APP_PORT:-5099}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
WORK=${BENCH_WORK:-/tmp/opengov-bench}
BASE="http://127.0.0.1:$PORT"
CEILING=${BENCH_CEILING_SCRIPT:-"$ROOT/../shared/bench/ceiling/run.sh"}
# Production sits behind a TLS proxy on the same host: the app trusts its X-Forwarded-Proto.
PROXY=(-H "X-Forwarded-Proto: https")
# What browsers send; the cached pages are stored compressed.
BROWSER=(-H "Accept-Encoding: gzip, deflate, br")
say() { echo "== $*" >&2; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

for tool in dotnet curl psql awk; do command -v "$tool" >/dev/null || die "$tool is not on PATH"; done
if ! command -v wrk >/dev/null; then
    say "installing wrk"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null || die "cannot install wrk (apt-get install wrk)"
fi

# --- database ------------------------------------------------------------------------------
source scripts/pg.sh
ensure_database
# Split the connection string of scripts/pg.sh (or the operator's OPENGOV_DB) for psql.
kv() { tr ';' '\n' <<<"$OPENGOV_DB" | awk -F= -v k="$1" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'; }
PGHOST=$(kv Host); PGPORT=$(kv Port); PGUSER=$(kv Username); PGPASSWORD=$(kv Password)
export PGHOST PGPORT="${PGPORT:-5432}" PGUSER PGPASSWORD
DB=opengov_bench
BENCH_DB="Host=$PGHOST;Port=$PGPORT;Database=$DB;Username=$PGUSER;Password=$PGPASSWORD"
sql() { PGOPTIONS='-c client_min_messages=warning' psql -v ON_ERROR_STOP=1 -qtA "$@"; }
say "fresh database $DB on $PGHOST:$PGPORT"
sql -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
sql -d postgres -c "CREATE DATABASE $DB"

# --- build -----------------------------------------------------------------------------------
mkdir -p "$WORK/home" "$WORK/mail" "$WORK/logs"
say "dotnet publish (Release)"
dotnet publish src/OpenGov.Web/OpenGov.Web.csproj -c Release -o "$WORK/publish" --nologo -v q >"$WORK/publish.log" 2>&1 ||
    { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }

# Everything the app needs in Production comes from the environment. OPENGOV_BENCH_ASSUME_HTTPS,
# for this benchmark only, makes every request count as coming through the TLS proxy: the
# reference script sends one header per URL, and the signed-in page needs it for the cookie
# (docs/decisions/ADR-027).
app_env=(
    ASPNETCORE_ENVIRONMENT=Production
    "ASPNETCORE_URLS=$BASE"
    "OPENGOV_DB=$BENCH_DB"
    "HOME=$WORK/home"
    "Logging__File=$WORK/logs/opengov-.json"
    # No mail leaves a benchmark: Production would otherwise require an SMTP relay (ADR-014).
    Email__Delivery=PickupFolder
    "Email__PickupDirectory=$WORK/mail"
    Seed__DemoData=true
    OPENGOV_BENCH_ASSUME_HTTPS=true
    DOTNET_CLI_TELEMETRY_OPTOUT=1
    DOTNET_NOLOGO=1
)
say "migrations (--migrate, as in production)"
(cd "$WORK/publish" && env "${app_env[@]}" dotnet OpenGov.Web.dll --migrate >"$WORK/migrate.log" 2>&1) ||
    { cat "$WORK/migrate.log" >&2; die "migrations failed"; }

stop_app() {
    if [[ -f $WORK/app.pid ]]; then
        local pid; pid=$(cat "$WORK/app.pid")
        if kill -0 "$pid" 2>/dev/null && grep -q 'OpenGov.Web.dll' "/proc/$pid/cmdline" 2>/dev/null; then
            kill "$pid"
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
        fi
        rm -f "$WORK/app.pid"
    fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM
stop_app
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is taken; set BENCH_APP_PORT"; fi
say "starting the app on $BASE (Production; demo data on first start)"
(cd "$WORK/publish" && exec env "${app_env[@]}" dotnet OpenGov.Web.dll >"$WORK/app.log" 2>&1) &
echo $! >"$WORK/app.pid"
for _ in $(seq 300); do
    curl -fs -o /dev/null "$BASE/readyz" && [ -n "$(sql -d $DB -c "SELECT 1 FROM \"AspNetRoles\" LIMIT 1")" ] && break
    kill -0 "$(cat "$WORK/app.pid")" 2>/dev/null || { cat "$WORK/app.log" >&2; die "the app exited"; }
    sleep 0.2
done

# --- synthetic data ----------------------------------------------------------------------------
jurisdictions=$(awk -v s="$SCALE" 'BEGIN { n = int(20 * s + 0.5); print (n < 2 ? 2 : n) }')
commitments=$(awk -v s="$SCALE" 'BEGIN { n = int(100 * s + 0.5); print (n < 5 ? 5 : n) }')
say "synthetic data at scale $SCALE: $jurisdictions jurisdictions, a plan of 200 commitments and $((jurisdictions - 1)) of $commitments, 10 milestones each, 10 reports each"
started=$SECONDS
sql -d $DB -f bench/accounts.sql
sql -d $DB -v jurisdictions="$jurisdictions" -v commitments="$commitments" -v big=200 -v milestones=10 -v updates=10 -f bench/synthetic.sql
sql -d $DB -c "SELECT 'rows: ' || (SELECT count(*) FROM jurisdictions) || ' jurisdictions, ' || (SELECT count(*) FROM commitments) || ' commitments, '
    || (SELECT count(*) FROM milestones) || ' milestones, ' || (SELECT count(*) FROM progress_updates) || ' progress updates, '
    || (SELECT count(*) FROM verifications) || ' verdicts'" >&2
say "loaded in $((SECONDS - started)) s"
# Rows loaded around the app: recompute the stored figures from their history, as after a restore (ADR-029).
started=$SECONDS
(cd "$WORK/publish" && env "${app_env[@]}" dotnet OpenGov.Web.dll --refresh-figures >"$WORK/figures.log" 2>&1) ||
    { cat "$WORK/figures.log" >&2; die "--refresh-figures failed"; }
say "stored figures recomputed in $((SECONDS - started)) s"
# The words a misspelt search is corrected to (ADR-046): the app rebuilt them at start, before these rows.
started=$SECONDS
sql -d $DB -c "REFRESH MATERIALIZED VIEW CONCURRENTLY search_words"
say "search words rebuilt in $((SECONDS - started)) s ($(sql -d $DB -c "SELECT count(*) FROM search_words") words)"
sql -d $DB -c "ANALYZE"

# --- sign-in through the real form ---------------------------------------------------------------
# A fresh cookie right before each signed-in run: a browser gets its cookie renewed by the app, wrk
# keeps sending the one it was given, and a cookie older than Identity's 10-minute validation
# interval would make every request re-read the whole account (ADR-008).
sign_in() {
    local form token af
    form=$(curl -fsS -D "$WORK/signin.headers" "${PROXY[@]}" "$BASE/account/sign-in")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//' | head -n 1)
    af=$(grep -i '^set-cookie: \(__Host-\)\?opengov.af=' "$WORK/signin.headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
    [ -n "$token" ] && [ -n "$af" ] || die "no antiforgery token on the sign-in page"
    curl -sS -o /dev/null -D "$WORK/signed-in.headers" "${PROXY[@]}" -H "Cookie: $af" \
        --data-urlencode "Email=citizen@bench.test" --data-urlencode "Password=bench-password-2024" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/sign-in"
    auth=$(grep -i '^set-cookie: \(__Host-\)\?opengov.auth=' "$WORK/signed-in.headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
    [ -n "$auth" ] || die "signing in as citizen@bench.test failed (see $WORK/signed-in.headers)"
    # A browser sends back its antiforgery cookie too, so the page's forms reuse it instead of minting one.
    auth="$auth; $af"
}
sign_in

# --- pages -----------------------------------------------------------------------------------------
names=(home jurisdictions plan commitment milestone reports feed plan-200 api search)
paths=(/ /jurisdictions /pastaza/plans/1 /pastaza/plans/1/commitments/PZ-01 /pastaza/plans/1/commitments/PZ-01/milestones/1
    /pastaza/reports /pastaza/feed.atom /bench-01/plans/1 "/api/v1/commitments?jurisdiction=pastaza"
    "/search?q=participacion+ciudadana")
# BENCH_SIGNED_PATH measures another page signed in (never served from the output cache), e.g. a search.
signed_path=${BENCH_SIGNED_PATH:-/pastaza/plans/1/commitments/PZ-01}
for path in "${paths[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${PROXY[@]}" "$BASE$path")
    [ "$code" = 200 ] || die "GET $path answered $code, not 200"
done
signed=$(curl -s "${PROXY[@]}" -H "Cookie: $auth" "$BASE$signed_path")
grep -q 'Ciudadana sintética' <<<"$signed" || die "GET $signed_path signed in does not show the signed-in citizen"

say "transferred sizes (bytes): plain, gzip, br"
sizes="$WORK/sizes.txt"
printf '%-12s %-48s %10s %8s %8s\n' page path plain gzip br | tee "$sizes"
for i in "${!names[@]}"; do
    plain=$(curl -s -o /dev/null -w '%{size_download}' "${PROXY[@]}" "$BASE${paths[$i]}")
    gzip=$(curl -s -o /dev/null -w '%{size_download}' "${PROXY[@]}" -H 'Accept-Encoding: gzip' "$BASE${paths[$i]}")
    br=$(curl -s -o /dev/null -w '%{size_download}' "${PROXY[@]}" -H 'Accept-Encoding: br' "$BASE${paths[$i]}")
    printf '%-12s %-48s %10s %8s %8s\n' "${names[$i]}" "${paths[$i]}" "$plain" "$gzip" "$br" | tee -a "$sizes"
done

# --- load --------------------------------------------------------------------------------------------
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
raw="$WORK/results/$(date +%Y%m%dT%H%M%S)-scale-$SCALE"
mkdir -p "$raw"
measure() { # name, url, extra wrk arguments...
    local name=$1 url=$2 out; shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null
    out="$raw/$name.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
    local req p50 p99 non2xx sock
    req=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")
    sock=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); print }' "$out")
    printf '%-16s %10s %9s %9s %s\n' "$name" "${req:-0}" "$p50" "$p99" "${non2xx:+non-2xx=$non2xx }${sock:+socket: $sock}" | tee -a "$raw/summary.txt"
}
wanted() { [ -z "${BENCH_PAGES:-}" ] || [[ " $BENCH_PAGES " == *" $1 "* ]]; }
say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after ${WARMUP} s warm-up per page (anonymous: as a browser behind the proxy asks)"
echo "machine: nproc=$(nproc), $(date -Is), scale $SCALE" | tee "$raw/summary.txt"
printf '%-16s %10s %9s %9s %s\n' page 'req/s' 'p50 ms' 'p99 ms' errors | tee -a "$raw/summary.txt"
for i in "${!names[@]}"; do
    wanted "${names[$i]}" && measure "${names[$i]}" "$BASE${paths[$i]}" "${PROXY[@]}" "${BROWSER[@]}"
done
wanted signed-in && sign_in && measure "signed-in" "$BASE$signed_path" "${PROXY[@]}" "${BROWSER[@]}" -H "Cookie: $auth"
say "raw wrk output in $raw"

# --- the same pages beside the bare reference, in the same rounds ------------------------------------
if [ "${BENCH_CEILING:-auto}" != 0 ] && [ -x "$CEILING" ]; then
    urls=()
    for i in "${!names[@]}"; do wanted "${names[$i]}" && urls+=("$BASE${paths[$i]}"); done
    if [ ${#urls[@]} -gt 0 ]; then
        say "reference: $CEILING with the anonymous pages (header X-Forwarded-Proto: https)"
        CEILING_EXTRA_HEADER="X-Forwarded-Proto: https" "$CEILING" "${urls[@]}" | tee "$raw/ceiling-anonymous.txt"
    fi
    if wanted signed-in; then
        say "reference: the signed-in page (one header per URL: the sign-in cookie; the app assumes HTTPS for the bench)"
        sign_in
        CEILING_EXTRA_HEADER="Cookie: $auth" "$CEILING" "$BASE$signed_path" | tee "$raw/ceiling-signed-in.txt"
    fi
elif [ "${BENCH_CEILING:-auto}" != 0 ]; then
    say "no reference at $CEILING: absolute figures only"
fi

# --- open data: one CSV of a million progress updates (issue 11's budget: <= 20 s, <= 64 MB growth) ---
# Older reports are added to the synthetic milestones (dated 2023, before every existing one, so no
# stored figure changes), then the instance-wide file is downloaded once while the app's resident
# memory is sampled every 0.1 s. BENCH_EXPORT=0 skips it; BENCH_EXPORT_UPDATES sets the row count.
if [ "${BENCH_EXPORT:-1}" != 0 ] && wanted export; then
    target=${BENCH_EXPORT_UPDATES:-1000000}
    have=$(sql -d $DB -c "SELECT count(*) FROM progress_updates")
    if [ "$have" -lt "$target" ]; then
        say "adding $((target - have)) older progress updates for the export"
        # psql interpolates :missing in a script read from stdin, not in -c.
        sql -d $DB -v missing=$((target - have)) <<'SQL'
INSERT INTO progress_updates (milestone_id, progress, status, narrative, reported_at, author_institution_id)
SELECT ms.id, 0, 'NotStarted', 'Informe sintético anterior ' || s || ' del hito ' || ms."order" || '.',
       TIMESTAMP '2023-01-01 12:00:00' + make_interval(mins => s), ms.responsible_institution_id
FROM (SELECT ms.*, row_number() OVER (ORDER BY ms.id) AS rn FROM milestones ms
      JOIN commitments c ON c.id = ms.commitment_id
      JOIN action_plans p ON p.id = c.action_plan_id
      JOIN jurisdictions j ON j.id = p.jurisdiction_id AND j.slug LIKE 'bench-%') ms
CROSS JOIN generate_series(1, (:missing / 20000) + 1) AS s
ORDER BY s, ms.rn
LIMIT :missing;
SQL
        sql -d $DB -c "ANALYZE progress_updates"
    fi
    pid=$(cat "$WORK/app.pid")
    rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
    before=$(rss)
    peak=$before
    curl -s -o "$WORK/progress_updates.csv" -w '%{http_code} %{size_download} %{time_total}\n' "${PROXY[@]}" \
        "$BASE/open-data/progress_updates.csv" >"$WORK/export.txt" &
    curl_pid=$!
    while kill -0 "$curl_pid" 2>/dev/null; do
        now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.1
    done
    wait "$curl_pid" || true
    read -r code bytes seconds <"$WORK/export.txt"
    rows=$(($(wc -l <"$WORK/progress_updates.csv") - 1))
    say "export /open-data/progress_updates.csv: HTTP $code, $rows rows, $bytes bytes in $seconds s; app resident memory $((before / 1024)) MB before, $((peak / 1024)) MB at most during it (growth $(((peak - before) / 1024)) MB)"
    echo "export progress_updates.csv: $rows rows, $bytes bytes, $seconds s, rss before ${before} kB, peak ${peak} kB" >>"$raw/summary.txt"
fi
