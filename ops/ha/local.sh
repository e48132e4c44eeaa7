#!/usr/bin/env bash
# A primary and a hot standby kept by pg_auto_failover (Debian's postgresql-15-auto-failover), on one
# machine for trying it: a monitor on port 5450, two PostgreSQL nodes on 5451 and 5452, all under
# $UW_HA_DIR (default /var/lib/postgresql/uw-ha), run as the postgres user. Run as root.
#   ops/ha/local.sh start         create (first time) and start monitor and both nodes; prints the JDBC URL
#   ops/ha/local.sh state         which node is primary (pg_autoctl show state)
#   ops/ha/local.sh primary-port  the port of the current primary
#   ops/ha/local.sh kill-primary  kill -9 the current primary's pg_autoctl and PostgreSQL (a lost server)
#   ops/ha/local.sh restart NODE  start a killed node again (node1 or node2); it rejoins as the standby
#   ops/ha/local.sh wait-healthy  wait until one node is primary and the other its streaming standby
#   ops/ha/local.sh rebuild NODE  a node that cannot rejoin: dropped from the monitor, deleted, cloned again from the primary
#   ops/ha/local.sh stop          stop everything;   ops/ha/local.sh destroy   stop and delete the data
set -euo pipefail
DIR=${UW_HA_DIR:-/var/lib/postgresql/uw-ha}
DB=${UW_HA_DB:-unionworks}
APP_USER=${UW_HA_USER:-unionworks}
APP_PASSWORD=${UW_HA_PASSWORD:-unionworks}
BIN=/usr/lib/postgresql/15/bin
MONITOR="postgres://autoctl_node@localhost:5450/pg_auto_failover?sslmode=disable"
declare -A PORT=([monitor]=5450 [node1]=5451 [node2]=5452)

as_pg() { su postgres -c "export PATH=$BIN:/usr/bin:/bin; $*"; }

run_node() { # each node's supervisor in its own session, so that kill-primary can take the whole tree
  local name=$1
  pgrep -f "pg_autoctl run --pgdata $DIR/$name\$" >/dev/null && return 0   # already running
  as_pg "setsid nohup pg_autoctl run --pgdata $DIR/$name >$DIR/$name.log 2>&1 & echo \$! >$DIR/$name.pid"
}

retry() { # pg_autoctl may restart a PostgreSQL it has just started (seen here): a statement is tried again
  for _ in $(seq 1 30); do "$@" && return 0; sleep 1; done
  return 1
}

wait_for() { # port, what
  for _ in $(seq 1 120); do pg_isready -q -h localhost -p "$1" && return 0; sleep 1; done
  echo "$2 did not start; see $DIR/*.log" >&2; exit 1
}

primary_port() { # empty while no node is a settled, writable primary
  as_pg "psql -At -h localhost -p 5450 -d pg_auto_failover -c \
    \"select nodeport from pgautofailover.node where reportedstate in ('single','primary','wait_primary') and reportedstate = goalstate limit 1\"" 2>/dev/null || true
}

wait_primary_secondary() {
  for _ in $(seq 1 180); do
    local n
    n=$(as_pg "psql -At -h localhost -p 5450 -d pg_auto_failover -c \
      \"select count(*) from pgautofailover.node where reportedstate in ('primary','secondary') and reportedstate = goalstate\"" 2>/dev/null || echo 0)
    [ "$n" = 2 ] && return 0
    sleep 1
  done
  echo "the nodes did not reach primary + secondary within 180 s; see $DIR/*.log" >&2
  diagnose >&2; exit 1
}

diagnose() { # what the monitor and each node's keeper and PostgreSQL said last
  as_pg "pg_autoctl show state --pgdata $DIR/monitor; pg_autoctl show events --pgdata $DIR/monitor --count 15" || true
  local name log
  for name in node1 node2; do
    echo "--- $DIR/$name.log (last 40 lines)"; tail -n 40 "$DIR/$name.log" || true
    log=$(ls -t "$DIR/$name/log/"* 2>/dev/null | head -1) || true
    if [ -n "$log" ]; then echo "--- $log (last 20 lines)"; tail -n 20 "$log" || true; fi
  done
}

create_node() {
  local name=$1
  as_pg "pg_autoctl create postgres --pgdata $DIR/$name --pgport ${PORT[$name]} --hostname localhost --name $name \
    --dbname $DB --monitor '$MONITOR' --auth trust --no-ssl --pgctl $BIN/pg_ctl" >>"$DIR/create.log" 2>&1
  as_pg "pg_autoctl config set --pgdata $DIR/$name timeout.network_partition_timeout 5" >/dev/null
}

start() {
  install -d -o postgres -g postgres "$DIR"
  if [ ! -d "$DIR/monitor" ]; then
    as_pg "pg_autoctl create monitor --pgdata $DIR/monitor --pgport 5450 --hostname localhost --auth trust --no-ssl" \
      >>"$DIR/create.log" 2>&1
  fi
  run_node monitor
  wait_for 5450 "the monitor"
  # A lost primary is noticed in seconds rather than the defaults' 20 + 30 s. The order matters: a primary cut off
  # from the monitor demotes itself (the keeper's network_partition_timeout, 5 s below) before the monitor promotes
  # the standby (primary_demote_timeout), so that two primaries never accept writes at once.
  retry as_pg "psql -q -h localhost -p 5450 -d pg_auto_failover -c 'alter system set pgautofailover.health_check_period = 2000' \
    -c 'alter system set pgautofailover.health_check_retry_delay = 1000' -c 'alter system set pgautofailover.health_check_timeout = 2000' \
    -c 'alter system set pgautofailover.node_considered_unhealthy_timeout = 6000' \
    -c 'alter system set pgautofailover.primary_demote_timeout = 10000' -c 'select pg_reload_conf()'" >/dev/null
  for name in node1 node2; do
    [ -d "$DIR/$name" ] || create_node "$name"
    run_node "$name"
    [ "$name" = node1 ] && wait_for 5451 "node1" && sleep 2
  done
  wait_primary_secondary
  local p; p=$(primary_port)
  cat >"$DIR/app-role.sql" <<SQL
select format('create role %I login', '$APP_USER') where not exists (select 1 from pg_roles where rolname = '$APP_USER') \gexec
alter role $APP_USER login password '$APP_PASSWORD';
alter database $DB owner to $APP_USER;
grant all on schema public to $APP_USER;
SQL
  chown postgres "$DIR/app-role.sql"
  retry as_pg "psql -q -v ON_ERROR_STOP=1 -h localhost -p $p -d $DB -f $DIR/app-role.sql" >/dev/null
  rm -f "$DIR/app-role.sql"
  for _ in 1 2 3; do retry as_pg "psql -h localhost -p $p -d $DB -Atqc 'select 1'" >/dev/null; sleep 1; done
  echo "jdbc:postgresql://localhost:5451,localhost:5452/$DB?targetServerType=primary"
}

kill_primary() {
  local p name; p=$(primary_port)
  for name in node1 node2; do
    if [ "${PORT[$name]}" = "$p" ]; then
      kill_node "$name"
      echo "$name"
      return 0
    fi
  done
  echo "no primary" >&2; exit 1
}

kill_node() { # as a lost server: the keeper and every PostgreSQL process at once (each backend is a session of its own)
  local name=$1 pm
  pm=$(head -1 "$DIR/$name/postmaster.pid" 2>/dev/null) || true
  [ -n "$pm" ] && kill -STOP "$pm" 2>/dev/null || true
  kill -9 -- "-$(cat "$DIR/$name.pid")" 2>/dev/null || true
  [ -n "$pm" ] && { pkill -9 -P "$pm" || true; kill -9 "$pm" 2>/dev/null || true; }
  pkill -9 -f "$BIN/postgres -D $DIR/$name " || true
}

rebuild() { # the operator's remedy for a node stuck outside the cluster: forget it, then clone it from the primary
  local name=$1 home; home=$(getent passwd postgres | cut -d: -f6)
  kill_node "$name"
  retry as_pg "pg_autoctl drop node --monitor '$MONITOR' --formation default --name $name --force" >>"$DIR/create.log" 2>&1
  rm -rf "${DIR:?}/$name" "$home/.local/share/pg_autoctl$DIR/$name" "$home/.config/pg_autoctl$DIR/$name"
  create_node "$name"
  run_node "$name"
}

stop_all() {
  for name in node2 node1 monitor; do
    [ -f "$DIR/$name.pid" ] && { kill -TERM -- "-$(cat "$DIR/$name.pid")" 2>/dev/null || true; }
  done
  for _ in $(seq 1 20); do pgrep -f "pg_autoctl run --pgdata $DIR" >/dev/null || break; sleep 0.5; done
  pkill -9 -f "pg_autoctl run --pgdata $DIR" || true
  pkill -9 -f "$BIN/postgres -D $DIR/" || true
}

destroy() { # pg_autoctl keeps each node's state and configuration under the postgres user's home too
  stop_all
  local home; home=$(getent passwd postgres | cut -d: -f6)
  rm -rf "$DIR" "$home/.local/share/pg_autoctl$DIR" "$home/.config/pg_autoctl$DIR"
}

case "${1:-}" in
  start) start ;;
  state) as_pg "pg_autoctl show state --pgdata $DIR/monitor" ;;
  primary-port) primary_port ;;
  kill-primary) kill_primary ;;
  restart) run_node "$2" ;;
  wait-healthy) wait_primary_secondary ;;
  rebuild) rebuild "$2" ;;
  stop) stop_all ;;
  destroy) destroy ;;
  *) sed -n 2,12p "$0"; exit 2 ;;
esac
