package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.democracy.web.DemocracyViews;
import org.unionworks.democracy.web.ProtectionRequest;
import org.unionworks.democracy.web.WomensCommitteeRequest;
import org.unionworks.member.MemberDirectory;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/** 女职工委员会 (registered, or formed by an election kept here) and the special protection of women workers. */
@Service
class WomensWorkService {

    private final WomensCommitteeRepository committees;
    private final WomensProtectionRepository protections;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final Scopes scopes;
    private final int threshold;

    WomensWorkService(WomensCommitteeRepository committees, WomensProtectionRepository protections, MemberDirectory members,
                      OrgDirectory orgs, OrgTree orgTree, Scopes scopes,
                      @Value("${unionworks.democracy.womens-committee-threshold:10}") int threshold) {
        this.committees = committees;
        this.protections = protections;
        this.members = members;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.scopes = scopes;
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    @Transactional(readOnly = true)
    WomensCommittee committee(long id) {
        return committees.findById(id).orElseThrow(() -> new NotFoundException("女职工委员会"));
    }

    @Transactional
    WomensCommittee register(WomensCommitteeRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择工会");
        }
        scopes.requireOpen(r.unionId());
        if (committees.findByUnionId(r.unionId()).isPresent()) {
            throw new ConflictException("该工会已登记女职工委员会，请修改原记录");
        }
        WomensCommittee c = new WomensCommittee(r.unionId());
        describe(c, r);
        return committees.saveAndFlush(c);
    }

    @Transactional
    WomensCommittee update(long id, WomensCommitteeRequest r) {
        WomensCommittee c = committee(id);
        c.requireVersion(r.version(), "该女职工委员会记录已被他人修改，请刷新后重试");
        describe(c, r);
        return committees.saveAndFlush(c);
    }

    private static void describe(WomensCommittee c, WomensCommitteeRequest r) {
        WomensCommittee.FormedBy by = Arrays.stream(WomensCommittee.FormedBy.values()).filter(f -> f.name().equals(r.formedBy())).findFirst()
                .orElseThrow(() -> new InvalidInputException("formedBy", "产生方式只能是选举产生（ELECTION）或协商推选（NOMINATION）"));
        if (r.formedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("formedOn", "产生日期不能晚于今天");
        }
        if (r.dissolvedOn() != null && r.dissolvedOn().isBefore(r.formedOn())) {
            throw new InvalidInputException("dissolvedOn", "撤销日期不能早于产生日期");
        }
        List<String> names = names(r.memberNames());
        if (names.size() > 99) {
            throw new InvalidInputException("memberNames", "委员不能超过99名");
        }
        c.describe(r.formedOn(), by, r.chairName().strip(), String.join("、", names), names.size(), c.getProcessId(), r.dissolvedOn());
    }

    static List<String> names(String text) {
        return Arrays.stream(text.split("[、,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** An election kept here elected a 女职工委员会 with its committee: the union's record follows it. */
    @Transactional
    void elected(long unionId, long processId, LocalDate on, String chair, List<String> names) {
        WomensCommittee c = committees.findByUnionId(unionId).orElseGet(() -> new WomensCommittee(unionId));
        c.describe(on, WomensCommittee.FormedBy.ELECTION, chair, String.join("、", names), names.size(), processId, null);
        committees.saveAndFlush(c);
    }

    /** Unions under {@code under} with at least the threshold of women members and no 女职工委员会 in being. */
    @Transactional(readOnly = true)
    List<DemocracyViews.UnionLackingCommittee> lacking(Long under) {
        long root = under == null ? CurrentUsers.require().unionId() : under;
        Map<Long, Long> women = members.womenMembersByUnion(root, threshold);
        var having = committees.findAll((c, q, cb) -> cb.and(c.get("unionId").in(women.isEmpty() ? List.of(-1L) : women.keySet()),
                cb.isNull(c.get("dissolvedOn")))).stream().map(WomensCommittee::getUnionId).toList();
        return women.entrySet().stream().filter(e -> !having.contains(e.getKey()) && orgTree.isActive(e.getKey()))
                .map(e -> new DemocracyViews.UnionLackingCommittee(e.getKey(), orgTree.nameOf(e.getKey()).orElse(null), e.getValue())).toList();
    }

    @Transactional
    WomensProtection saveProtection(Long id, ProtectionRequest r) {
        WomensProtection p;
        if (id == null) {
            EmployerInfo e = employer(r.creditCode());
            if (protections.findByEmployerIdAndYear(e.id(), r.year()).isPresent()) {
                throw new ConflictException("该单位" + r.year() + "年度已有女职工特殊劳动保护记录，请修改原记录");
            }
            long union = e.coveringUnionId() != null ? e.coveringUnionId() : e.unionId();
            p = new WomensProtection(union, orgs.districtOf(union), e.id(), r.year());
        } else {
            p = protections.findById(id).orElseThrow(() -> new NotFoundException("女职工特殊劳动保护记录"));
            p.requireVersion(r.version(), "该记录已被他人修改，请刷新后重试");
            if (p.getYear() != r.year()) {
                throw new InvalidInputException("year", "年度不能修改，请另行登记");
            }
        }
        if (r.checkedOn() != null && (r.checkedOn().getYear() != r.year() || r.checkedOn().isAfter(LocalDate.now()))) {
            throw new InvalidInputException("checkedOn", "专项检查日期应在该年度内、今天之前");
        }
        if (r.screened() != null && r.womenWorkers() != null && r.screened() > r.womenWorkers()) {
            throw new InvalidInputException("screened", "筛查人数不能多于女职工人数");
        }
        p.describe(r.fourPeriods(), r.checkedOn(), r.womenWorkers(), r.screened(), Texts.blankToNull(r.note()));
        return protections.saveAndFlush(p);
    }

    @Transactional
    void deleteProtection(long id) {
        protections.delete(protections.findById(id).orElseThrow(() -> new NotFoundException("女职工特殊劳动保护记录")));
    }

    private EmployerInfo employer(String creditCode) {
        String code = CreditCodes.normalize(Texts.blankToNull(creditCode));
        if (code == null) {
            throw new InvalidInputException("creditCode", "请填写单位的统一社会信用代码");
        }
        EmployerInfo e = orgs.employerByCreditCode(code).orElseThrow(() -> new NotFoundException("该统一社会信用代码的单位"));
        scopes.requireOpen(e.coveringUnionId() != null ? e.coveringUnionId() : e.unionId());
        return e;
    }
}
