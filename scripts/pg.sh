# shellcheck shell=bash
# Database bootstrap shared by run.sh and test.sh (source it, then call ensure_database).
# With OPENGOV_DB set, that server is used as is. Otherwise a private PostgreSQL cluster is
# started under .data/ on a free loopback port (reused when already running). PostgreSQL
# refuses to run as root, so as root the cluster belongs to the `postgres` user.

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA_DIR="$ROOT_DIR/.data"

pg_bin() {
    local tool=$1
    if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -V | tail -n 1)
    [ -n "$found" ] && echo "$found"
}

install_postgres() {
    if [ -n "$(pg_bin initdb)" ] && [ -n "$(pg_bin pg_ctl)" ]; then return; fi
    echo "PostgreSQL server not found: installing the Debian package." >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "Run as root, install 'postgresql' yourself, or set OPENGOV_DB to an existing server." >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 \
        || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2; }
}

# Runs a PostgreSQL server command as the cluster's owner (from /, which that user can always enter).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "No free port between 55432 and 55532." >&2
    exit 1
}

# The cluster lives in .data/pg unless the postgres user cannot enter the checkout
# (a clone under /root, say): then it lives in /var/tmp and .data/pg-dir says where.
cluster_dir() {
    if [ -f "$DATA_DIR/pg-dir" ]; then cat "$DATA_DIR/pg-dir"; return; fi
    local dir="$DATA_DIR/pg"
    if [ "$(id -u)" -eq 0 ] && ! as_owner test -x "$DATA_DIR"; then
        dir="/var/tmp/opengov-pg-$(echo "$ROOT_DIR" | md5sum | cut -c1-12)"
    fi
    echo "$dir" >"$DATA_DIR/pg-dir"
    echo "$dir"
}

ensure_database() {
    if [ -n "${OPENGOV_DB:-}" ]; then
        echo "Using the database server in OPENGOV_DB." >&2
        return
    fi
    install_postgres
    mkdir -p "$DATA_DIR"
    chmod 755 "$DATA_DIR"
    local initdb pg_ctl dir port password
    initdb=$(pg_bin initdb)
    pg_ctl=$(pg_bin pg_ctl)
    dir=$(cluster_dir)

    # A cluster without its password file belongs to an earlier checkout at the same path (deleted
    # since): it is this checkout's private cluster by name, so stop it and start afresh.
    if [ -f "$dir/PG_VERSION" ] && [ ! -f "$DATA_DIR/pg-password" ]; then
        echo "Replacing the private cluster left in $dir by an earlier checkout." >&2
        as_owner "$pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi

    if [ ! -f "$dir/PG_VERSION" ]; then
        echo "Creating a private PostgreSQL cluster in $dir" >&2
        mkdir -p "$dir"
        # A random password per machine, never in the repo; the cluster listens on loopback only.
        password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
        echo "$password" >"$DATA_DIR/pg-password"
        chmod 600 "$DATA_DIR/pg-password"
        local pwfile="$dir.pwfile"
        echo "$password" >"$pwfile"
        if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir" "$pwfile"; fi
        chmod 700 "$dir"
        as_owner "$initdb" -D "$dir" -U opengov --pwfile="$pwfile" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$DATA_DIR/initdb.log" 2>&1 \
            || { cat "$DATA_DIR/initdb.log" >&2; rm -f "$pwfile"; exit 1; }
        rm -f "$pwfile"
    fi
    password=$(cat "$DATA_DIR/pg-password")

    if as_owner "$pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        port=$(cat "$DATA_DIR/pg-port")
    else
        port=$(free_port)
        echo "$port" >"$DATA_DIR/pg-port"
        as_owner "$pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" \
            start >&2 || { as_owner cat "$dir/server.log" >&2; exit 1; }
    fi
    export OPENGOV_DB="Host=127.0.0.1;Port=$port;Database=opengov;Username=opengov;Password=$password"
    export PGPASSWORD="$password"
    if ! psql -h 127.0.0.1 -p "$port" -U opengov -d postgres -tAc "select 1 from pg_database where datname='opengov'" | grep -q 1; then
        psql -h 127.0.0.1 -p "$port" -U opengov -d postgres -qc "create database opengov" >&2
    fi
    unset PGPASSWORD
}

stop_database() {
    local dir
    [ -f "$DATA_DIR/pg-dir" ] || { echo "No private cluster here." >&2; return; }
    dir=$(cat "$DATA_DIR/pg-dir")
    as_owner "$(pg_bin pg_ctl)" -D "$dir" status >/dev/null 2>&1 || { echo "The private cluster is not running." >&2; return; }
    as_owner "$(pg_bin pg_ctl)" -D "$dir" -m fast stop >&2
}
