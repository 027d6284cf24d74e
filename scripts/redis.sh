# shellcheck shell=bash
# Redis bootstrap for the scale-out tests and scripts/cluster.sh (source it, then call ensure_redis,
# which returns non-zero with a message when it cannot get a server).
# With OPENGOV_REDIS set (host:port), that server is used as is. Otherwise a private redis-server is
# started on a free loopback port with its files in .data/redis (reused when already running),
# installed from the Debian package when missing. Nothing is persisted: it only holds a cache.

REDIS_ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REDIS_DIR="$REDIS_ROOT_DIR/.data/redis"

install_redis() {
    if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then return; fi
    echo "redis-server not found: installing the Debian package." >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "Run as root, install 'redis-server' yourself, or set OPENGOV_REDIS to an existing server (host:port)." >&2
        return 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server >&2 \
        || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server >&2; }
}

redis_free_port() {
    local port
    for port in $(seq 56379 56479); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "No free port between 56379 and 56479." >&2
    exit 1
}

redis_running() {
    [ -f "$REDIS_DIR/port" ] && redis-cli -h 127.0.0.1 -p "$(cat "$REDIS_DIR/port")" ping 2>/dev/null | grep -q PONG
}

ensure_redis() {
    if [ -n "${OPENGOV_REDIS:-}" ]; then
        echo "Using the Redis server in OPENGOV_REDIS." >&2
        return
    fi
    install_redis || return 1
    mkdir -p "$REDIS_DIR"
    local port
    if ! redis_running; then
        port=$(redis_free_port) || return 1
        echo "$port" >"$REDIS_DIR/port"
        # Loopback only, protected mode, no snapshots or append-only file.
        redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes --dir "$REDIS_DIR" \
            --save "" --appendonly no --daemonize yes --pidfile "$REDIS_DIR/redis.pid" \
            --logfile "$REDIS_DIR/redis.log" >&2
        local i
        for i in $(seq 1 50); do
            redis_running && break
            sleep 0.1
        done
        redis_running || { echo "redis-server did not start:" >&2; cat "$REDIS_DIR/redis.log" >&2; return 1; }
    fi
    export OPENGOV_REDIS="127.0.0.1:$(cat "$REDIS_DIR/port")"
}

stop_redis() {
    if ! redis_running; then echo "The private Redis is not running." >&2; return; fi
    redis-cli -h 127.0.0.1 -p "$(cat "$REDIS_DIR/port")" shutdown nosave >/dev/null 2>&1 || true
}
