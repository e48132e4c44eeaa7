package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TermElectionsImpl implements TermElections {

    private final ElectionRepository elections;
    private final TermRepository terms;
    private final TermService service;
    private final JdbcClient jdbc;

    TermElectionsImpl(ElectionRepository elections, TermRepository terms, TermService service, JdbcClient jdbc) {
        this.elections = elections;
        this.terms = terms;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlannedElection> election(long electionId) {
        return elections.findById(electionId).flatMap(e -> terms.findById(e.getTermId()).map(t -> planned(e, t)));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, PlannedElection> elections(java.util.Collection<Long> electionIds) {
        List<Election> found = elections.findAllById(electionIds);
        java.util.Map<Long, Term> byId = new java.util.HashMap<>();
        terms.findAllById(found.stream().map(Election::getTermId).distinct().toList()).forEach(t -> byId.put(t.getId(), t));
        java.util.Map<Long, PlannedElection> planned = new java.util.HashMap<>();
        found.stream().filter(e -> byId.containsKey(e.getTermId())).forEach(e -> planned.put(e.getId(), planned(e, byId.get(e.getTermId()))));
        return planned;
    }

    private static PlannedElection planned(Election e, Term t) {
        return new PlannedElection(e.getId(), e.getUnionId(), t.getId(), t.getTermNo(), t.getEndsOn(), t.deadline(), e.getPlannedOn(),
                e.getApprovalNo(), e.getApprovedOn(), e.isHeld());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentTerm> currentTerm(long unionId) {
        return terms.findByUnionIdAndStatus(unionId, TermStatus.CURRENT)
                .map(t -> new CurrentTerm(t.getId(), t.getUnionId(), t.getTermNo(), t.getEndsOn(), t.deadline()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CurrentTerm> currentTermsDueBy(LocalDate day) {
        return jdbc.sql("""
                        select t.id, t.union_id, t.term_no, t.ends_on, coalesce(t.postponed_to, t.ends_on) deadline
                          from union_term t join union_org u on u.id = t.union_id
                         where t.status = 'CURRENT' and u.status = 'ACTIVE' and coalesce(t.postponed_to, t.ends_on) <= :day
                         order by deadline, t.id""").param("day", day)
                .query((rs, n) -> new CurrentTerm(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class))).list();
    }

    @Override
    @Transactional
    public long plan(long termId, LocalDate plannedOn, String approvalNo, LocalDate approvedOn) {
        return service.plan(termId, plannedOn, approvalNo, approvedOn).getId();
    }

    @Override
    @Transactional
    public void hold(long electionId, LocalDate heldOn, int lengthYears, String chairName, String committee) {
        service.hold(electionId, heldOn, new TermService.TermData(heldOn, lengthYears, null, chairName, committee));
    }
}
