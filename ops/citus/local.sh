#!/usr/bin/env bash
# A Citus cluster on one machine for trying it: a coordinator on port 5440 and two workers on 5441 and
# 5442, three PostgreSQL 15 clusters (pg_createcluster citus0..2) with shared_preload_libraries='citus'.
# Citus itself must be installed first (../shared/citus/install.sh builds 13.2.2 from source). Run as root.
#   ops/citus/local.sh start     create (first time) and start; prints the JDBC URL of the coordinator
#   ops/citus/local.sh stop      stop the three clusters
#   ops/citus/local.sh destroy   stop and delete them
# The database $UW_CITUS_DB (default unionworks) belongs to $UW_CITUS_USER/$UW_CITUS_PASSWORD (default
# unionworks/unionworks) on every node; the nodes reach each other over 127.0.0.1 with trust, which is
# for one machine only (in production: scram-sha-256 and a .pgpass for the coordinator's connections).
set -euo pipefail
DB=${UW_CITUS_DB:-unionworks}
APP_USER=${UW_CITUS_USER:-unionworks}
APP_PASSWORD=${UW_CITUS_PASSWORD:-unionworks}
NODES=(citus0:5440 citus1:5441 citus2:5442)

psql_at() { su postgres -c "psql -q -v ON_ERROR_STOP=1 -h localhost -p $1 -d $2" >/dev/null; }

create() {
  local name=$1 port=$2
  pg_createcluster 15 "$name" -p "$port" -- -A trust >/dev/null
  local conf=/etc/postgresql/15/$name
  cat >>"$conf/postgresql.conf" <<CONF
shared_preload_libraries = 'citus'
listen_addresses = 'localhost'
max_connections = 300
CONF
  # the coordinator connects to the workers (and each node to itself) as the application's user
  sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$conf/pg_hba.conf"
}

start() {
  [ -f /usr/lib/postgresql/15/lib/citus.so ] || { echo "Citus is not installed: run ../shared/citus/install.sh first" >&2; exit 1; }
  local fresh=()
  for node in "${NODES[@]}"; do
    local name=${node%:*} port=${node#*:}
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$name"; then create "$name" "$port"; fresh+=("$name"); fi
    pg_ctlcluster 15 "$name" status >/dev/null 2>&1 || pg_ctlcluster 15 "$name" start
  done
  for node in "${NODES[@]}"; do
    local port=${node#*:}
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$port" && break; sleep 1; done
    psql_at "$port" postgres <<SQL
select format('create role %I login', '$APP_USER') where not exists (select 1 from pg_roles where rolname = '$APP_USER') \gexec
alter role $APP_USER password '$APP_PASSWORD';
select format('create database %I owner %I', '$DB', '$APP_USER') where not exists (select 1 from pg_database where datname = '$DB') \gexec
SQL
    psql_at "$port" "$DB" <<<"create extension if not exists citus;"
  done
  psql_at 5440 "$DB" <<SQL
select citus_set_coordinator_host('localhost', 5440);
select citus_add_node('localhost', 5441) where not exists (select 1 from pg_dist_node where nodeport = 5441);
select citus_add_node('localhost', 5442) where not exists (select 1 from pg_dist_node where nodeport = 5442);
SQL
  echo "jdbc:postgresql://localhost:5440/$DB"
}

case "${1:-}" in
  start) start ;;
  stop) for node in "${NODES[@]}"; do pg_ctlcluster 15 "${node%:*}" stop || true; done ;;
  destroy) for node in "${NODES[@]}"; do pg_dropcluster --stop 15 "${node%:*}" 2>/dev/null || true; done ;;
  *) sed -n 2,10p "$0"; exit 2 ;;
esac
