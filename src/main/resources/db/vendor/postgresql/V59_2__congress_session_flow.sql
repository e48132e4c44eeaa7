-- 召开职代会 (democracy.congressSessions) counted the period's sessions joined to their congresses per request: 19–28 ms
-- of the large city's whole-city dashboard. The sessions join the flows (V56_4) as figure CG, +1 on the day held in the
-- district their congress keeps (V54). A session moved to another day or congress moves its event; a congress whose
-- district changes (its union moved) moves its sessions' events.

-- The sessions of sessions with the district of their congress, read from congresses (workers_congress, or the old or
-- new rows of congresses that changed).
create function congress_session_flow_rows(sessions text, congresses text) returns text language sql immutable as $$
    select format('(select s.id, s.held_on, coalesce(w.district_id, 0) as congress_district from %s s join %s w on w.id = s.congress_id)',
                  sessions, congresses)
$$;

alter function flow_tally_events(text, text) rename to flow_tally_row_events;

-- CG's rows come from congress_session_flow_rows; the other figures' from their own tables, as before.
create function flow_tally_events(figure text, rows text) returns text language sql immutable as $$
    select case when figure = 'CG'
        then format('select x.congress_district as district, x.held_on as day, 1 as n, 0 as a, 0 as b from %s x', rows)
        else flow_tally_row_events(figure, rows) end
$$;

create function congress_session_flow_on_change() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.congress_id, o.held_on) is distinct from (n.congress_id, n.held_on)';
begin
    if TG_OP = 'INSERT' then
        execute flow_tally_sql('CG', congress_session_flow_rows('changed', 'workers_congress'), 1);
    elsif TG_OP = 'DELETE' then
        execute flow_tally_sql('CG', congress_session_flow_rows('changed', 'workers_congress'), -1);
    else
        execute flow_tally_sql('CG', congress_session_flow_rows('(select o.* ' || moved || ')', 'workers_congress'), -1);
        execute flow_tally_sql('CG', congress_session_flow_rows('(select n.* ' || moved || ')', 'workers_congress'), 1);
    end if;
    return null;
end;
$$;

create function congress_session_flow_on_congress() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where o.district_id is distinct from n.district_id)';
begin
    if exists (select 1 from old_rows o join new_rows n on n.id = o.id where o.district_id is distinct from n.district_id) then
        execute flow_tally_sql('CG', congress_session_flow_rows('congress_session', '(select o.* ' || moved), -1);
        execute flow_tally_sql('CG', congress_session_flow_rows('congress_session', '(select n.* ' || moved), 1);
    end if;
    return null;
end;
$$;

create trigger flow_tally_cg_on_insert after insert on congress_session
    referencing new table as changed for each statement execute function congress_session_flow_on_change();
create trigger flow_tally_cg_on_delete after delete on congress_session
    referencing old table as changed for each statement execute function congress_session_flow_on_change();
create trigger flow_tally_cg_on_update after update on congress_session
    referencing old table as old_rows new table as new_rows for each statement execute function congress_session_flow_on_change();
create trigger flow_tally_cg_congress_update after update on workers_congress
    referencing old table as old_rows new table as new_rows for each statement execute function congress_session_flow_on_congress();

do $$
begin
    execute flow_tally_sql('CG', congress_session_flow_rows('congress_session', 'workers_congress'), 1);
end $$;
select tally_compact('flow_tally');
