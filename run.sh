#!/usr/bin/env bash
# Starts the portal on http://localhost:5000 with its database and demo data.
#   ./run.sh        database up, migrations, demo data, app until Ctrl+C
#   ./run.sh stop   stops the private PostgreSQL cluster
#   ./run.sh backup [FILE], ./run.sh restore FILE [--database NAME] [--yes]
#                   backups of the database (scripts/backup.sh, ADR-045)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/pg.sh

if [ "${1:-}" = "stop" ]; then
    stop_database
    exit 0
fi

# Backups and restores of the database (ADR-045).
case "${1:-}" in
    backup | restore) exec scripts/backup.sh "$@" ;;
esac

ensure_database
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/OpenGov.Web --no-launch-profile --urls "${OPENGOV_URLS:-http://localhost:5000}"
