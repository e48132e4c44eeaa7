package org.unionworks.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumberLocks;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;

/** The member register: who is a member of which union since when, and every change of status. */
@Service
class MemberService {

    /** One current membership per ID number in the whole city (the lock Citus needs, see {@link IdNumberLocks}). */
    static final IdNumberLocks.Space MEMBERSHIPS = new IdNumberLocks.Space(0x554d4944, true);

    /** What a user can do to a membership, and the status it leads to. */
    enum Action {
        RESERVE(MemberStatus.RESERVED, "保留会籍"), RESUME(MemberStatus.ACTIVE, "恢复会籍"),
        RETIRE(MemberStatus.ACTIVE, "退休（会籍保留在原工会）"), WITHDRAW(MemberStatus.WITHDRAWN, "退会"),
        EXPEL(MemberStatus.EXPELLED, "除名"), TRANSFER_OUT(MemberStatus.TRANSFERRED, "转出至本系统以外的工会");

        final MemberStatus to;
        final String label;

        Action(MemberStatus to, String label) {
            this.to = to;
            this.label = label;
        }
    }

    static final int MIN_AGE = 16;

    private final MemberRepository members;
    private final MemberStatusChangeRepository history;
    private final OrgDirectory directory;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final IdNumberLocks idNumbers;

    private final org.unionworks.platform.audit.DeniedAccesses denied;

    MemberService(MemberRepository members, MemberStatusChangeRepository history, OrgDirectory directory,
                  Dictionaries dictionaries, Scopes scopes, AuditService audit, JdbcClient jdbc, IdNumberLocks idNumbers,
                  org.unionworks.platform.audit.DeniedAccesses denied) {
        this.denied = denied;
        this.idNumbers = idNumbers;
        this.members = members;
        this.history = history;
        this.directory = directory;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Member get(long id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("会员"));
    }

    @Transactional
    Member create(long unionId, MemberFields fields) {
        UnionInfo union = memberUnion(unionId);
        List<FieldProblem> problems = problems(fields);
        idNumbers.holdOne(MEMBERSHIPS, Arrays.asList(fields.idNumber()));
        currentMembership(fields.idNumber(), null).ifPresent(unionOf -> problems.add(alreadyMember(unionOf, fields.idNumber())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return members.saveAndFlush(new Member(unionId, union.districtId(), fields));
    }

    @Transactional
    Member update(long id, long version, MemberFields fields) {
        Member m = get(id);
        if (m.getVersion() != version) {
            throw new ConflictException("该会员信息已被他人修改，请刷新后重试");
        }
        List<FieldProblem> problems = problems(fields);
        if (m.getStatus().current()) {
            idNumbers.holdOne(MEMBERSHIPS, Arrays.asList(fields.idNumber()));
            currentMembership(fields.idNumber(), id).ifPresent(unionOf -> problems.add(alreadyMember(unionOf, fields.idNumber())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        m.describe(fields);
        return members.saveAndFlush(m);
    }

    /** A status change under the membership rules, recorded with its date and reason. */
    @Transactional
    Member act(long id, Action action, LocalDate on, String reason) {
        Member m = get(id);
        MemberStatus from = m.getStatus();
        if (!from.current()) {
            throw new ConflictException("该会员已" + from.label + "，不能再办理" + action.label);
        }
        if (action == Action.RESUME && from != MemberStatus.RESERVED || action == Action.RESERVE && from != MemberStatus.ACTIVE) {
            throw new ConflictException("会籍状态为“" + from.label + "”时不能办理" + action.label);
        }
        if (on.isAfter(LocalDate.now()) || on.isBefore(m.getJoinedOn())) {
            throw new InvalidInputException("on", "办理日期应在入会日期之后、不晚于今天");
        }
        if (action.to != from) {
            m.changeStatus(action.to, on);
        }
        record(m, from, action.to, on, action.label + "：" + reason);
        return members.saveAndFlush(m);
    }

    void record(Member m, MemberStatus from, MemberStatus to, LocalDate on, String reason) {
        String by = CurrentUsers.current().map(u -> u.username()).orElse("system");
        history.save(new MemberStatusChange(m.getId(), m.getUnionId(), m.getDistrictId(), from, to, on,
                reason.length() > 200 ? reason.substring(0, 200) : reason, by));
    }

    @Transactional
    /** A member's full ID number and phone, for a cadre allowed to see them (audited). */
    record Revealed(String idNumber, String phone) {
    }

    Revealed reveal(long id) {
        Member m = get(id);
        audit.record(AuditAction.REVEAL, "Member", id, "查看会员完整身份证号和手机号", Map.of());
        return new Revealed(m.getIdNumber(), m.getPhone() == null ? "" : m.getPhone());
    }

    /** The union a member may be registered in: visible, active, a grassroots union or below. */
    UnionInfo memberUnion(long unionId) {
        scopes.requireOpen(unionId);
        UnionInfo union = directory.union(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        String problem = registrationProblem(union);
        if (problem != null) {
            throw new InvalidInputException("unionId", problem);
        }
        return union;
    }

    /** A union checked for {@link #memberUnion}: the union, or why members cannot be registered in it. */
    record UnionCheck(UnionInfo union, String problem) {
    }

    /** {@link #memberUnion} for many ids in one query (a chunk of an import). */
    Map<Long, UnionCheck> memberUnions(Collection<Long> ids) {
        Map<Long, UnionInfo> found = directory.anyUnions(ids);
        Map<Long, UnionCheck> checks = new HashMap<>();
        for (long id : ids) {
            UnionInfo u = found.get(id);
            String problem = u == null || !scopes.isVisiblePath(u.path()) ? "所属工会编号" + id + "不存在或不在您的管辖范围内"
                    : registrationProblem(u);
            checks.put(id, new UnionCheck(problem == null ? u : null, problem));
        }
        return checks;
    }

    private static String registrationProblem(UnionInfo union) {
        if (!union.active()) {
            return "“" + union.name() + "”已撤销或合并";
        }
        return union.holdsMembers() ? null : "会员须登记在基层工会（或其分工会、工会小组）";
    }

    /** The union of the person's current membership, found whatever the caller's scope. */
    Optional<Long> currentMembership(String idNumber, Long exceptMemberId) {
        return jdbc.sql("select union_id from member where active_id_number = :n and (:except = 0 or id <> :except)")
                .param("n", IdNumbers.normalize(idNumber)).param("except", exceptMemberId == null ? 0 : exceptMemberId)
                .query(Long.class).optional();
    }

    /** Names the other union when the caller may see it; otherwise says no more than that the person cannot be registered. */
    FieldProblem alreadyMember(long unionId, String idNumber) {
        if (!scopes.isVisible(unionId)) {
            return new FieldProblem("idNumber", denied.duplicateElsewhere("会员", idNumber));
        }
        String where = "“" + directory.union(unionId).map(UnionInfo::name).orElse("") + "”";
        return new FieldProblem("idNumber", "该身份证号已是" + where + "的会员（在会或保留会籍）；换工会请办理会员转接");
    }

    /** Every rule a member's data must meet, each with its field and a Chinese message. */
    List<FieldProblem> problems(MemberFields f) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now();
        if (f.name() == null || f.name().isBlank()) {
            problems.add(new FieldProblem("name", "姓名不能为空"));
        } else if (f.name().length() > 50) {
            problems.add(new FieldProblem("name", "姓名不能超过50个字符"));
        }
        String idProblem = IdNumbers.problem(f.idNumber(), today);
        if (idProblem != null) {
            problems.add(new FieldProblem("idNumber", idProblem));
        }
        dict(problems, "ethnicity", "ethnicity", "民族", f.ethnicity());
        dict(problems, "political_status", "politicalStatus", "政治面貌", f.politicalStatus());
        dict(problems, "education", "education", "学历", f.education());
        dict(problems, "hukou_type", "hukouType", "户籍类型", f.hukouType());
        dict(problems, "new_form_kind", "newFormKind", "新就业形态", f.newFormKind());
        if (f.phone() != null && !Mobiles.isValid(f.phone())) {
            problems.add(new FieldProblem("phone", "手机号应为11位中国大陆手机号码"));
        }
        if (f.cardNo() != null && f.cardNo().length() > 30) {
            problems.add(new FieldProblem("cardNo", "会员卡号不能超过30个字符"));
        }
        if (f.joinedOn() == null) {
            problems.add(new FieldProblem("joinedOn", "入会时间不能为空"));
        } else if (f.joinedOn().isAfter(today)) {
            problems.add(new FieldProblem("joinedOn", "入会时间不能晚于今天"));
        } else if (idProblem == null
                && f.joinedOn().isBefore(IdNumbers.parse(f.idNumber(), today).birthDate().plusYears(MIN_AGE))) {
            problems.add(new FieldProblem("joinedOn", "入会时应年满" + MIN_AGE + "周岁"));
        }
        if (f.employerId() != null) {
            var employer = directory.employer(f.employerId());
            if (employer.isEmpty()) {
                problems.add(new FieldProblem("employerId", "工作单位不存在或不在您的管辖范围内"));
            } else if (!employer.get().active()) {
                problems.add(new FieldProblem("employerId", "工作单位“" + employer.get().name() + "”已注销"));
            }
        }
        return problems;
    }

    private void dict(List<FieldProblem> problems, String type, String field, String label, String code) {
        if (code != null && !dictionaries.contains(type, code)) {
            problems.add(new FieldProblem(field, label + "代码“" + code + "”无效"));
        }
    }
}
