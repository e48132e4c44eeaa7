package org.unionworks.honor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.member.MemberDirectory;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;

/**
 * 核实身份: a person registered from a winner list without an ID number is matched by name and employer
 * to the current members and the model workers already registered; a cadre confirms one. A member
 * gives the record its ID number; a model worker takes its honors and care records, and the record
 * stands merged (kept for its history, out of lists and figures).
 */
@Service
class IdentityReview {

    /** A probable match: a member (MEMBER) or a registered model worker (HONOREE), and whether the employer agrees too. */
    record Candidate(String kind, long id, String name, String employerName, long unionId, String idNumber, boolean sameEmployer) {
    }

    private final HonorService honors;
    private final HonoreeRepository honorees;
    private final HonorAwardRepository awards;
    private final CareRecordRepository care;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;

    IdentityReview(HonorService honors, HonoreeRepository honorees, HonorAwardRepository awards, CareRecordRepository care,
                   MemberDirectory members, OrgDirectory orgs, SqlScopes sqlScopes, JdbcClient jdbc) {
        this.honors = honors;
        this.honorees = honorees;
        this.awards = awards;
        this.care = care;
        this.members = members;
        this.orgs = orgs;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
    }

    /** The members and registered model workers of the caller's subtree with the same name, those at the same employer first. */
    List<Candidate> candidates(Honoree h) {
        List<Candidate> found = new ArrayList<>();
        var named = members.currentMembersNamed(h.getName());
        var employers = orgs.employerNames(named.stream().map(MemberDirectory.Namesake::employerId).filter(Objects::nonNull).toList());
        for (var m : named) {
            String employer = m.employerId() == null ? null : employers.get(m.employerId());
            found.add(new Candidate("MEMBER", m.memberId(), m.name(), employer, m.unionId(), m.idNumber(), sameEmployer(h, employer)));
        }
        var scope = sqlScopes.mine("h.union_id");
        scope.bind(jdbc.sql("""
                        select h.id, h.name, h.employer_name, h.union_id, h.id_number from honoree h
                         where %s and h.kind = 'PERSON' and h.id_number is not null and h.merged_into is null and h.name = :name
                         order by h.id limit 20""".formatted(scope.sql()))).param("name", h.getName())
                .query((rs, n) -> new Candidate("HONOREE", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), sameEmployer(h, rs.getString(3)))).list().forEach(found::add);
        found.sort((a, b) -> Boolean.compare(b.sameEmployer(), a.sameEmployer()));
        return found;
    }

    /** One employer name contains the other (某重工集团 and 某重工集团有限公司). */
    private static boolean sameEmployer(Honoree h, String employer) {
        String mine = h.getEmployerName();
        return mine != null && employer != null && (employer.contains(mine) || mine.contains(employer));
    }

    /** The cadre confirms the record is this member: it takes the member's ID number. */
    @Transactional
    Honoree asMember(long honoreeId, long version, long memberId) {
        Honoree h = unidentified(honoreeId, version);
        var m = members.currentMember(memberId).orElseThrow(() -> new NotFoundException("会员"));
        if (!m.name().equals(h.getName())) {
            throw new InvalidInputException("candidateId", "会员姓名与劳模库记录不一致");
        }
        if (jdbc.sql("select count(*) from honoree where id_number = :i").param("i", m.idNumber()).query(Long.class).single() > 0) {
            throw new ConflictException("该会员已在劳模库中，请选择与劳模库中的记录合并");
        }
        h.identify(m.idNumber(), IdNumbers.parse(m.idNumber(), LocalDate.now()).sex().name());
        h.linkMember(memberId);
        return AuditService.because("核实身份：对应会员" + m.name(), () -> honorees.saveAndFlush(h));
    }

    /** The cadre confirms the record is a model worker already registered: its honors and care records move there. */
    @Transactional
    Honoree intoHonoree(long honoreeId, long version, long targetId) {
        Honoree h = unidentified(honoreeId, version);
        Honoree target = honors.get(targetId);
        if (target.getId().equals(h.getId()) || target.getIdNumber() == null || target.getMergedInto() != null
                || !target.getName().equals(h.getName())) {
            throw new InvalidInputException("candidateId", "只能与劳模库中已核实身份、姓名相同的记录合并");
        }
        return AuditService.because("核实身份：与劳模库中的" + target.getName() + "合并", () -> {
            java.util.Set<String> held = new java.util.HashSet<>();
            awards.findByHonoreeIdOrderByAwardYearDesc(targetId).forEach(t -> held.add(t.getTitleId() + "/" + t.getAwardYear()));
            for (HonorAward a : awards.findByHonoreeIdOrderByAwardYearDesc(h.getId())) {
                if (held.contains(a.getTitleId() + "/" + a.getAwardYear())) {
                    awards.delete(a);
                } else {
                    a.moveTo(targetId);
                    awards.save(a);
                }
            }
            care.findByHonoreeId(h.getId()).forEach(c -> {
                c.moveTo(targetId);
                care.save(c);
            });
            h.mergeInto(targetId);
            return honorees.saveAndFlush(h);
        });
    }

    private Honoree unidentified(long id, long version) {
        Honoree h = honors.get(id);
        if (h.getVersion() != version) {
            throw new ConflictException("该记录已被他人修改，请刷新后重试");
        }
        if (!h.unidentified()) {
            throw new ConflictException("该记录已核实身份");
        }
        return h;
    }
}
