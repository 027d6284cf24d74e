#!/usr/bin/env bash
# Backups of the portal's database (ADR-045), called by run.sh:
#   ./run.sh backup [FILE]                      pg_dump custom format; default .data/backups/<db>-<UTC time>.dump
#   ./run.sh restore FILE                       replaces the configured database, after you type its name
#   ./run.sh restore FILE --database NAME       into database NAME (created when missing)
#   ./run.sh restore FILE [...] --yes           no question (scripts; the replacement is still atomic)
# The database is the one in OPENGOV_DB (or the private cluster of run.sh). Evidence files, reports'
# PDFs and e-mails waiting in the outbox live in the database, so a backup holds everything the
# portal has. pg_dump and pg_restore run as the cluster's owner, like the cluster itself.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg.sh

usage() {
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Splits OPENGOV_DB ("Host=...;Port=...;Database=...;Username=...;Password=...") into PG* variables.
connection_from_opengov_db() {
    local pair key value
    PGHOST=127.0.0.1 PGPORT=5432 PGDATABASE="" PGUSER="" PGPASSWORD=""
    IFS=';' read -ra pairs <<<"$OPENGOV_DB"
    for pair in "${pairs[@]}"; do
        [ -n "${pair// /}" ] || continue
        key=$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')
        value=${pair#*=}
        case "$key" in
            host | server) PGHOST=$value ;;
            port) PGPORT=$value ;;
            database | db) PGDATABASE=$value ;;
            username | user | userid | "user id") PGUSER=$value ;;
            password | pwd) PGPASSWORD=$value ;;
        esac
    done
    [ -n "$PGDATABASE" ] || { echo "OPENGOV_DB names no database." >&2; exit 1; }
    export PGHOST PGPORT PGUSER PGPASSWORD
}

# psql on the server's maintenance database, as the configured user.
admin_sql() {
    PGOPTIONS="-c client_min_messages=warning" psql -X -v ON_ERROR_STOP=1 -d postgres -tAc "$1"
}

database_exists() {
    [ "$(admin_sql "select 1 from pg_database where datname = '${1//\'/\'\'}'")" = "1" ]
}

quote_ident() {
    printf '"%s"' "${1//\"/\"\"}"
}

backup() {
    local file=${1:-}
    if [ -z "$file" ]; then
        mkdir -p "$DATA_DIR/backups"
        chmod 700 "$DATA_DIR/backups"
        file="$DATA_DIR/backups/$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"
    fi
    [ ! -e "$file" ] || { echo "$file already exists; not overwritten." >&2; exit 1; }
    # Written beside its final name and renamed when complete: a half-written backup never looks whole.
    # The file holds personal data (accounts, password hashes): readable by its owner only.
    local partial="$file.partial"
    (umask 077 && as_owner "$(pg_bin pg_dump)" --format=custom --dbname="$PGDATABASE" >"$partial") \
        || { rm -f "$partial"; echo "pg_dump failed; no backup written." >&2; exit 1; }
    mv "$partial" "$file"
    echo "Backed up database $PGDATABASE on $PGHOST:$PGPORT to:" >&2
    echo "$file"
}

restore() {
    local file="" target="" yes=false
    while [ $# -gt 0 ]; do
        case "$1" in
            --database) target=${2:-}; [ -n "$target" ] || usage; shift 2 ;;
            --yes) yes=true; shift ;;
            -*) usage ;;
            *) [ -z "$file" ] || usage; file=$1; shift ;;
        esac
    done
    [ -n "$file" ] || usage
    [ -f "$file" ] || { echo "No such backup file: $file" >&2; exit 1; }
    # Refuses anything but a pg_dump custom-format archive before touching a database.
    as_owner "$(pg_bin pg_restore)" --list <"$file" >/dev/null 2>&1 \
        || { echo "$file is not a pg_dump custom-format backup." >&2; exit 1; }
    target=${target:-$PGDATABASE}

    if database_exists "$target" && [ "$yes" != true ]; then
        if [ ! -t 0 ]; then
            echo "Database $target exists and would be replaced: run in a terminal to confirm, or add --yes." >&2
            exit 1
        fi
        echo "This REPLACES every row of database $target on $PGHOST:$PGPORT with the backup $file." >&2
        echo "Sessions connected to it are closed. Type the database name to go on:" >&2
        local answer
        read -r answer
        [ "$answer" = "$target" ] || { echo "Not confirmed; nothing changed." >&2; exit 1; }
    fi

    # Restored into a fresh database first; the target is replaced only once that has succeeded, so a
    # failed restore leaves it as it was.
    local staging="${target:0:40}_restore_$$"
    admin_sql "drop database if exists $(quote_ident "$staging")" >/dev/null
    admin_sql "create database $(quote_ident "$staging")" >/dev/null
    if ! as_owner "$(pg_bin pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction \
        --dbname="$staging" <"$file"; then
        admin_sql "drop database if exists $(quote_ident "$staging")" >/dev/null
        echo "pg_restore failed; database $target is unchanged." >&2
        exit 1
    fi
    admin_sql "drop database if exists $(quote_ident "$target") with (force)" >/dev/null
    admin_sql "alter database $(quote_ident "$staging") rename to $(quote_ident "$target")" >/dev/null
    echo "Restored $file into database $target on $PGHOST:$PGPORT." >&2
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    backup | restore) ;;
    *) usage ;;
esac

ensure_database
connection_from_opengov_db
case "$command" in
    backup) backup "$@" ;;
    restore) restore "$@" ;;
esac
