#!/usr/bin/env bash
# The docker-compose topology from local processes, for machines without a Docker engine:
# the private PostgreSQL cluster (scripts/pg.sh), a private Redis (scripts/redis.sh), two app
# instances on two loopback ports and nginx in front of them terminating TLS (a self-signed
# certificate made here) and forwarding to both in turn.
#
#   scripts/cluster.sh start     publish (Release), migrate, start A, B and the proxy
#   scripts/cluster.sh stop      stop the proxy and both instances (PostgreSQL and Redis keep running)
#   scripts/cluster.sh status    what runs where
#   scripts/cluster.sh smoke     write through A, read through B and through the proxy
#
# Settings (environment): CLUSTER_PORT_A (5181), CLUSTER_PORT_B (5182), CLUSTER_PROXY_PORT (8443),
# CLUSTER_DB (opengov_cluster), CLUSTER_NO_BUILD=1 (reuse the last publish). Other settings of the
# app (RateLimits__..., OutputCache__Minutes...) are passed through from the environment.
# The database gets the demo data and the bench's two accounts (bench/accounts.sql: the citizen
# citizen@bench.test signs in with bench-password-2024); it is never used by run.sh or test.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WORK="$ROOT/.data/cluster"
PORT_A=${CLUSTER_PORT_A:-5181}
PORT_B=${CLUSTER_PORT_B:-5182}
PROXY_PORT=${CLUSTER_PROXY_PORT:-8443}
DB=${CLUSTER_DB:-opengov_cluster}
PROXY="https://127.0.0.1:$PROXY_PORT"
# What the proxy sends on: requests addressed to one instance directly look the same (the output
# cache's key includes the host).
FWD=(-H "X-Forwarded-Proto: https" -H "Host: 127.0.0.1:$PROXY_PORT")
say() { echo "== $*" >&2; }
die() { echo "scripts/cluster.sh: $*" >&2; exit 1; }

source scripts/pg.sh
source scripts/redis.sh

alive() { [ -f "$WORK/$1.pid" ] && kill -0 "$(cat "$WORK/$1.pid")" 2>/dev/null; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

connect() {
    ensure_database
    ensure_redis || die "no Redis server"
    kv() { tr ';' '\n' <<<"$OPENGOV_DB" | awk -F= -v k="$1" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }'; }
    PGHOST=$(kv Host); PGPORT=$(kv Port); PGUSER=$(kv Username); PGPASSWORD=$(kv Password)
    export PGHOST PGPORT PGUSER PGPASSWORD
    CLUSTER_CONNECTION="Host=$PGHOST;Port=$PGPORT;Database=$DB;Username=$PGUSER;Password=$PGPASSWORD"
}
sql() { PGOPTIONS='-c client_min_messages=warning' psql -v ON_ERROR_STOP=1 -qtA "$@"; }

app_env() { # instance name
    echo ASPNETCORE_ENVIRONMENT=Production
    echo "OPENGOV_DB=$CLUSTER_CONNECTION"
    echo "ConnectionStrings__Redis=$OPENGOV_REDIS"
    echo "Redis__InstanceName=opengov-cluster:"
    echo "HOME=$WORK/$1/home"
    echo "Logging__File=$WORK/$1/logs/opengov-.json"
    # No mail leaves this machine: both instances drain the one outbox into one folder.
    echo Email__Delivery=PickupFolder
    echo "Email__PickupDirectory=$WORK/mail"
    echo Seed__DemoData=true
    echo DOTNET_CLI_TELEMETRY_OPTOUT=1
    echo DOTNET_NOLOGO=1
}

start_instance() { # name port
    local name=$1 port=$2
    alive "$name" && { say "instance $name already runs (pid $(cat "$WORK/$name.pid"))"; return; }
    port_taken "$port" && die "port $port is taken; set CLUSTER_PORT_${name^^}"
    mkdir -p "$WORK/$name/home" "$WORK/$name/logs"
    mapfile -t vars < <(app_env "$name")
    (cd "$WORK/publish" && exec env "${vars[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet OpenGov.Web.dll >"$WORK/$name/app.log" 2>&1) &
    echo $! >"$WORK/$name.pid"
    for _ in $(seq 600); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" && { say "instance $name ready on http://127.0.0.1:$port"; return; }
        alive "$name" || { tail -n 40 "$WORK/$name/app.log" >&2; die "instance $name exited"; }
        sleep 0.2
    done
    die "instance $name did not become ready (see $WORK/$name/app.log)"
}

nginx_conf() {
    local user_line=""
    # As root, nginx's workers run as nobody: they get their own temporary folder.
    if [ "$(id -u)" -eq 0 ]; then user_line="user nobody nogroup;"; chown -R nobody:nogroup "$WORK/nginx/tmp"; fi
    cat <<CONF
$user_line
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    # Evidence files are uploaded through the proxy.
    client_max_body_size 25m;
    upstream opengov {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$PROXY_PORT ssl http2;
        ssl_certificate $WORK/nginx/cert.pem;
        ssl_certificate_key $WORK/nginx/key.pem;
        location / {
            proxy_pass http://opengov;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A request that fails on one instance (it died, or is restarting) is tried on the other
            # when nothing was sent to the client yet; a POST only if the instance never got it.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
        }
    }
}
CONF
}

start_proxy() {
    command -v nginx >/dev/null || {
        [ "$(id -u)" -eq 0 ] || die "nginx is not installed (apt-get install nginx-light), or address the two instances directly"
        say "installing nginx"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light >&2 \
            || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx-light >&2; }
    }
    alive nginx/nginx && { say "proxy already runs"; return; }
    port_taken "$PROXY_PORT" && die "port $PROXY_PORT is taken; set CLUSTER_PROXY_PORT"
    mkdir -p "$WORK/nginx/tmp"
    if [ ! -f "$WORK/nginx/cert.pem" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
            -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" >/dev/null 2>&1 || die "openssl could not make a certificate"
    fi
    nginx_conf >"$WORK/nginx/nginx.conf"
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -e "$WORK/nginx/error.log" || die "nginx did not start (see $WORK/nginx/error.log)"
    say "proxy on $PROXY (self-signed certificate) in front of both instances"
}

start() {
    connect
    mkdir -p "$WORK/mail"
    if [ -z "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
        sql -d postgres -c "CREATE DATABASE $DB"
    fi
    if [ "${CLUSTER_NO_BUILD:-0}" != 1 ] || [ ! -f "$WORK/publish/OpenGov.Web.dll" ]; then
        say "dotnet publish (Release)"
        dotnet publish src/OpenGov.Web/OpenGov.Web.csproj -c Release -o "$WORK/publish" --nologo -v q >"$WORK/publish.log" 2>&1 ||
            { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }
    fi
    say "migrations (--migrate, once, before any instance serves)"
    mapfile -t vars < <(app_env a)
    mkdir -p "$WORK/a/home" "$WORK/a/logs"
    (cd "$WORK/publish" && env "${vars[@]}" dotnet OpenGov.Web.dll --migrate >"$WORK/migrate.log" 2>&1) ||
        { cat "$WORK/migrate.log" >&2; die "migrations failed"; }
    # A first: it loads the demo data into an empty database; B then finds it there.
    start_instance a "$PORT_A"
    if [ -z "$(sql -d "$DB" -c "SELECT 1 FROM \"AspNetUsers\" WHERE id = 'bench-citizen'")" ]; then
        sql -d "$DB" -f bench/accounts.sql
    fi
    start_instance b "$PORT_B"
    start_proxy
}

stop_pid() { # name
    alive "$1" || { rm -f "$WORK/$1.pid"; return; }
    local pid; pid=$(cat "$WORK/$1.pid")
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$WORK/$1.pid"
    say "stopped $1"
}

stop() {
    if alive nginx/nginx; then nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -s quit; say "stopped the proxy"; fi
    stop_pid a
    stop_pid b
}

status() {
    local name
    for name in a b; do
        if alive "$name"; then
            local port=$PORT_A; [ "$name" = b ] && port=$PORT_B
            echo "instance $name: pid $(cat "$WORK/$name.pid"), http://127.0.0.1:$port, readyz $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")"
        else
            echo "instance $name: stopped"
        fi
    done
    if alive nginx/nginx; then echo "proxy: $PROXY, readyz $(curl -ks -o /dev/null -w '%{http_code}' "$PROXY/readyz")"; else echo "proxy: stopped"; fi
    if redis_running; then echo "redis: 127.0.0.1:$(cat "$REDIS_DIR/port")"; else echo "redis: stopped"; fi
}

# --- smoke: a comment written through A is on B's next anonymous page, and through the proxy ---
sign_in() { # base url; sets AUTH (sign-in and antiforgery cookies)
    local base=$1 form token af
    form=$(curl -ksfS -D "$WORK/smoke.headers" "${FWD[@]}" "$base/account/sign-in")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//' | head -n 1)
    af=$(grep -iE '^set-cookie: [^=]*opengov\.af=' "$WORK/smoke.headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
    [ -n "$token" ] && [ -n "$af" ] || die "no antiforgery token on $base/account/sign-in"
    curl -ksS -o /dev/null -D "$WORK/smoke-signed-in.headers" "${FWD[@]}" -H "Cookie: $af" \
        --data-urlencode "Email=citizen@bench.test" --data-urlencode "Password=bench-password-2024" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
    local auth
    auth=$(grep -iE '^set-cookie: [^=]*opengov\.auth=' "$WORK/smoke-signed-in.headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
    [ -n "$auth" ] || die "signing in as citizen@bench.test through $base failed"
    AUTH="$auth; $af"
}

# Posts a comment with TEXT on the commitment page as the signed-in citizen through BASE; prints the status.
post_comment() { # base commitment-id page text
    local base=$1 id=$2 page=$3 text=$4 html token
    html=$(curl -ksS "${FWD[@]}" -H "Cookie: $AUTH" "$base$page")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$html" | sed 's/.*value="//; s/"$//' | head -n 1)
    curl -ksS -o /dev/null -w '%{http_code}' "${FWD[@]}" -H "Cookie: $AUTH" \
        --data-urlencode "Text=$text" --data-urlencode "__RequestVerificationToken=$token" "$base/comments/commitments/$id"
}

# Whether the anonymous page at URL shows TEXT (read whole first: grep -q stopping early would
# break curl's pipe, which pipefail counts as a failure).
shows() { # url text
    local html
    html=$(curl -ks "${FWD[@]}" "$1")
    grep -qF "$2" <<<"$html"
}

smoke() {
    connect
    alive a && alive b || die "the cluster is not running: scripts/cluster.sh start"
    local a="http://127.0.0.1:$PORT_A" b="http://127.0.0.1:$PORT_B" page=/pastaza/plans/1/commitments/PZ-01 id text code age
    id=$(sql -d "$DB" -c "SELECT c.id FROM commitments c JOIN action_plans p ON p.id = c.action_plan_id JOIN jurisdictions j ON j.id = p.jurisdiction_id WHERE j.slug = 'pastaza' AND p.number = 1 AND c.code = 'PZ-01'")
    [ -n "$id" ] || die "no commitment PZ-01 in the demo data"
    [ "$(curl -ks -o /dev/null -w '%{http_code}' "$PROXY/readyz")" = 200 ] || die "the proxy's /readyz is not 200"
    curl -s -o /dev/null "${FWD[@]}" "$b$page"
    age=$(curl -s -D - -o /dev/null "${FWD[@]}" "$a$page" | grep -ic '^age:' || true)
    [ "$age" = 1 ] || die "A did not serve from the shared cache the page B had just rendered"
    echo "ok: A serves from the shared cache the page B rendered"
    sign_in "$a"
    # ASCII only: the page HTML-encodes other characters.
    text="Comentario de prueba del cluster $(date +%s%N)"
    code=$(post_comment "$a" "$id" "$page" "$text")
    [ "$code" = 302 ] || die "the comment through A answered $code, not 302"
    local started=$SECONDS
    shows "$b$page" "$text" || die "B's next anonymous page does not show the comment written through A"
    echo "ok: a comment written through A is on B's next anonymous page"
    shows "$PROXY$page" "$text" || die "the page through the proxy does not show the comment"
    shows "$PROXY$page" "$text" || die "the page through the proxy (the other instance) does not show the comment"
    echo "ok: through the proxy (both instances in turn) the page shows it too ($((SECONDS - started)) s)"
    sign_in "$PROXY"
    [ "$(curl -ks -o /dev/null -w '%{http_code}' -H "Cookie: $AUTH" "$PROXY/account")" = 200 ] \
        && [ "$(curl -ks -o /dev/null -w '%{http_code}' -H "Cookie: $AUTH" "$PROXY/account")" = 200 ] \
        || die "a sign-in through the proxy is not accepted by both instances"
    echo "ok: a sign-in through the proxy is accepted on both instances"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    smoke) smoke ;;
    *) echo "usage: scripts/cluster.sh start|stop|status|smoke" >&2; exit 2 ;;
esac
