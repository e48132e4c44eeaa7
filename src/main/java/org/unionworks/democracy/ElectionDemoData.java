package org.unionworks.democracy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.member.MemberDirectory;
import org.unionworks.org.TermElections;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's elections by the rules: every union whose term ends within 90 days or has ended is electing — two in
 * three have held the vote and had the result approved (their new term has begun), the others are between the
 * candidate list and the vote.
 */
@Component
class ElectionDemoData implements DemoContributor {

    private final JdbcClient jdbc;
    private final TermElections elections;
    private final MemberDirectory members;
    private final WomensWorkService womensWork;

    ElectionDemoData(JdbcClient jdbc, TermElections elections, MemberDirectory members, WomensWorkService womensWork) {
        this.jdbc = jdbc;
        this.elections = elections;
        this.members = members;
        this.womensWork = womensWork;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("elections");
        LocalDate today = city.today();
        int held = 0;
        int running = 0;
        int i = 0;
        for (TermElections.CurrentTerm term : elections.currentTermsDueBy(today.plusDays(90))) {
            List<MemberDirectory.Voter> pool = members.someActiveMembers(term.unionId(), 12);
            if (pool.size() < 6) {
                continue;
            }
            if (i++ % 3 != 2 && elect(term, pool, today.minusDays(5 + r.nextInt(40)), r)) {
                held++;
            } else {
                prepare(term, pool, today, r);
                running++;
            }
        }
        return String.format("按程序换届选举 %,d 个（已批复 %,d 个，办理中 %,d 个）", held + running, held, running);
    }

    private record Slate(long processId, List<Long> committee, int seats) {
    }

    /** A vote on {@code on}: two thirds or more take a ballot; all but the last committee candidate get more than half. */
    private boolean elect(TermElections.CurrentTerm term, List<MemberDirectory.Voter> pool, LocalDate on, Random r) {
        int electorate = (int) members.electorate(term.unionId(), on);
        int issued = Math.max((electorate * 2 + 2) / 3, electorate - r.nextInt(Math.max(1, electorate / 5)));
        int returned = issued;
        int majority = electorate / 2 + 1;
        if (electorate < pool.size() || majority > returned) {
            return false;
        }
        long election = elections.plan(term.termId(), on, "工发〔" + on.getYear() + "〕" + (100 + r.nextInt(900)) + "号", on.minusDays(40));
        Slate slate = slate(election, term.unionId(), pool, "CONFIRMED", on, r);
        List<String> names = new ArrayList<>();
        String chair = null;
        for (long id : jdbc.sql("select id from election_candidate where process_id = :p order by id").param("p", slate.processId())
                .query(Long.class).list()) {
            boolean lastCommittee = slate.committee().get(slate.committee().size() - 1) == id;
            int votes = lastCommittee ? r.nextInt(majority) : majority + r.nextInt(returned - majority + 1);
            String office = slate.committee().get(0) == id ? "CHAIR" : slate.committee().get(1) == id ? "VICE_CHAIR" : null;
            jdbc.sql("update election_candidate set votes = :v, elected = :e, office = :o where id = :id").param("v", votes)
                    .param("e", !lastCommittee).param("o", lastCommittee ? null : office).param("id", id).update();
            if (slate.committee().contains(id) && !lastCommittee) {
                String name = jdbc.sql("select name from election_candidate where id = :id").param("id", id).query(String.class).single();
                names.add(name);
                chair = chair == null ? name : chair;
            }
        }
        jdbc.sql("""
                update election_process set voting_on = :on, electorate = :el, ballots_issued = :i, ballots_returned = :rt,
                       result_report_no = :no, result_approved_on = :ap, new_term_years = 5, status = 'CONFIRMED' where id = :id""")
                .param("on", on).param("el", electorate).param("i", issued).param("rt", returned)
                .param("no", "工发〔" + on.getYear() + "〕" + (100 + r.nextInt(900)) + "号").param("ap", on.plusDays(3).isAfter(LocalDate.now())
                        ? on : on.plusDays(3)).param("id", slate.processId()).update();
        elections.hold(election, on, 5, chair, String.join("、", names));
        List<String> women = jdbc.sql("select name from election_candidate where process_id = :p and body = 'WOMENS' and elected order by id")
                .param("p", slate.processId()).query(String.class).list();
        if (!women.isEmpty()) {
            womensWork.elected(term.unionId(), slate.processId(), on, women.get(0), women);
        }
        return true;
    }

    /** An election under way: candidates named, submitted or approved by the upper union. */
    private void prepare(TermElections.CurrentTerm term, List<MemberDirectory.Voter> pool, LocalDate today, Random r) {
        long election = elections.plan(term.termId(), today.plusDays(10 + r.nextInt(30)), "工发〔" + today.getYear() + "〕"
                + (100 + r.nextInt(900)) + "号", today.minusDays(10));
        String[] states = {"PREPARING", "SUBMITTED", "APPROVED"};
        slate(election, term.unionId(), pool, states[r.nextInt(states.length)], today, r);
    }

    private Slate slate(long election, long union, List<MemberDirectory.Voter> pool, String status, LocalDate on, Random r) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int seats = Math.min(7, pool.size() - 3);
        MemberDirectory.Voter woman = pool.subList(seats + 2, pool.size()).stream().filter(v -> "FEMALE".equals(v.sex())).findFirst().orElse(null);
        boolean approved = status.equals("APPROVED") || status.equals("CONFIRMED");
        long process = DemoCity.insert(jdbc, """
                insert into election_process (election_id, union_id, mode, committee_seats, audit_seats, womens_seats, status, submitted_on,
                                              candidates_approval_no, candidates_approved_on, version, created_at, updated_at)
                values (:e, :u, 'ASSEMBLY', :s, 1, :w, :st, :sub, :no, :ap, 0, :now, :now)""", "e", election, "u", union, "s", seats,
                "w", woman == null ? 0 : 1, "st", approved ? "APPROVED" : status, "sub", status.equals("PREPARING") ? null : on.minusDays(30),
                "no", approved ? "工发〔" + on.getYear() + "〕" + (100 + r.nextInt(900)) + "号" : null, "ap", approved ? on.minusDays(20) : null,
                "now", now);
        List<Long> committee = new ArrayList<>();
        for (int i = 0; i <= seats; i++) {
            committee.add(candidate(process, "COMMITTEE", pool.get(i), r, now));
        }
        candidate(process, "AUDIT", pool.get(seats + 1), r, now);
        if (woman != null) {
            candidate(process, "WOMENS", woman, r, now);
        }
        return new Slate(process, committee, seats);
    }

    private long candidate(long process, String body, MemberDirectory.Voter v, Random r, OffsetDateTime now) {
        return DemoCity.insert(jdbc, """
                insert into election_candidate (process_id, body, member_id, name, sex, frontline, elected, version, created_at, updated_at)
                values (:p, :b, :m, :n, :s, :f, false, 0, :now, :now)""", "p", process, "b", body, "m", v.memberId(), "n", v.name(),
                "s", v.sex(), "f", r.nextInt(3) != 0, "now", now);
    }
}
