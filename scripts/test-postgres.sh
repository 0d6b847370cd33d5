#!/usr/bin/env bash
# Makes a PostgreSQL server from Debian's packages available to the test suite, on loopback only,
# and prints the URL to export as VEZEL_TEST_DATABASE_URL. Installs the server when it is missing.
# Needs root (as CI runs); safe to run again.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "installing postgresql from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

cluster=$(pg_lsclusters -h | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters -h | head -n 1)
fi
read -r version name port status _ <<<"$cluster"

# Loopback only, whatever the cluster was configured with before.
conf="/etc/postgresql/$version/$name/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
  echo "listen_addresses = '127.0.0.1'" >>"$conf"
  [ "$status" = online ] && pg_ctlcluster "$version" "$name" restart >&2
fi
[ "$status" = online ] || pg_ctlcluster "$version" "$name" start >&2

runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vezel') THEN
    CREATE ROLE vezel LOGIN PASSWORD 'vezel' CREATEDB;
  END IF;
  -- The HTTP load bench writes its bulk load's pages before measuring (PostgreSQL 15 and later).
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'pg_checkpoint') THEN
    GRANT pg_checkpoint TO vezel;
  END IF;
END $$;
SQL

echo "postgres://vezel:vezel@127.0.0.1:$port/postgres"
