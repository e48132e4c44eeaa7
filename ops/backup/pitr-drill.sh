#!/usr/bin/env bash
# Point-in-time recovery drill: a PostgreSQL 15 cluster archiving its WAL, a base backup taken with
# pg_basebackup, work after it, a chosen moment, then a mistake (a table's rows deleted). The cluster
# is then lost, and the backup plus the archive are restored to the chosen moment in a new cluster:
# every row committed before the moment must be back, and nothing after it. Run as root; uses a
# throwaway directory ($UW_PITR_DIR, default /var/lib/postgresql/uw-pitr) and ports 5460 and 5461.
# Prints what it restored and how long each step took; exits 1 if the restore is not exactly the moment.
set -euo pipefail
DIR=${UW_PITR_DIR:-/var/lib/postgresql/uw-pitr}
PORT=5460
RESTORED_PORT=5461
BIN=/usr/lib/postgresql/15/bin
as_pg() { su postgres -c "export PATH=$BIN:/usr/bin:/bin; $*"; }
sql() { as_pg "psql -h localhost -p $1 -d postgres -Atq -v ON_ERROR_STOP=1 -c \"$2\""; }
stop_all() {
  for d in primary restored; do
    [ -f "$DIR/$d/postmaster.pid" ] && as_pg "pg_ctl -D $DIR/$d -m immediate stop" >/dev/null 2>&1 || true
  done
}
trap stop_all EXIT
t() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(t) - $1" | bc)"; }

stop_all
rm -rf "$DIR"
install -d -o postgres -g postgres "$DIR" "$DIR/archive"
as_pg "initdb -D $DIR/primary -A trust" >/dev/null
cat >>"$DIR/primary/postgresql.conf" <<CONF
port = $PORT
listen_addresses = 'localhost'
unix_socket_directories = '$DIR'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $DIR/archive/%f && cp %p $DIR/archive/%f'
CONF
as_pg "pg_ctl -D $DIR/primary -l $DIR/primary.log -w start" >/dev/null
sql $PORT "create table member (id bigint primary key, name text not null, saved_at timestamptz not null default clock_timestamp())"
sql $PORT "insert into member (id, name) select g, '会员' || g from generate_series(1, 100000) g"

started=$(t)
as_pg "pg_basebackup -h localhost -p $PORT -D $DIR/base -X stream -c fast"
echo "base backup (pg_basebackup, WAL streamed): $(since "$started") s, $(du -sh "$DIR/base" | cut -f1)"

sql $PORT "insert into member (id, name) select g, '备份后新增' || g from generate_series(100001, 150000) g"
sleep 1
moment=$(sql $PORT "select clock_timestamp()")
sleep 1
sql $PORT "delete from member where id % 2 = 0"          # the mistake the restore must undo
sql $PORT "insert into member (id, name) values (999999, '时点之后')"
last=$(sql $PORT "select pg_walfile_name(pg_switch_wal())")   # the segment holding the mistake, closed
for _ in $(seq 1 60); do
  [ "$(sql $PORT "select coalesce(last_archived_wal >= '$last', false) from pg_stat_archiver")" = t ] && break
  sleep 0.5
done
expected=150000
echo "the chosen moment: $moment; after it 75,000 rows deleted by mistake and one row added; then the server is lost"
as_pg "pg_ctl -D $DIR/primary -m immediate stop" >/dev/null

started=$(t)
as_pg "cp -a $DIR/base $DIR/restored"
cat >>"$DIR/restored/postgresql.conf" <<CONF
port = $RESTORED_PORT
archive_mode = off
restore_command = 'cp $DIR/archive/%f %p'
recovery_target_time = '$moment'
recovery_target_action = 'promote'
CONF
as_pg "touch $DIR/restored/recovery.signal"
as_pg "pg_ctl -D $DIR/restored -l $DIR/restored.log -w start" >/dev/null
for _ in $(seq 1 120); do
  [ "$(sql $RESTORED_PORT "select pg_is_in_recovery()" 2>/dev/null || true)" = f ] && break
  sleep 0.5
done
rows=$(sql $RESTORED_PORT "select count(*) from member")
later=$(sql $RESTORED_PORT "select count(*) from member where saved_at > '$moment' or id = 999999")
echo "restored to the moment in $(since "$started") s: $rows rows (expected $expected), $later rows from after the moment"
grep -E "recovery stopping|archive recovery complete" "$DIR/restored.log" | sed 's/^/  restored.log: /' || true
if [ "$rows" != "$expected" ] || [ "$later" != 0 ]; then
  echo "BROKEN: the restore is not the chosen moment" >&2
  exit 1
fi
echo "point-in-time recovery drill passed"
