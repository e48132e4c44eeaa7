package org.unionworks.member;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.member.web.JoinRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;
import org.unionworks.platform.validation.Texts;

/**
 * 网上入会: anyone may apply to a grassroots union, or, when their employer has none, to the area
 * federation; the union approves (which registers the member) or rejects with a reason.
 */
@Service
class JoinService {

    private final JoinApplicationRepository applications;
    private final MemberService members;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final PhoneCodes phoneCodes;

    JoinService(JoinApplicationRepository applications, MemberService members, OrgDirectory directory, JdbcClient jdbc,
                PhoneCodes phoneCodes) {
        this.phoneCodes = phoneCodes;
        this.applications = applications;
        this.members = members;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * Every well-formed application with a confirmed phone is taken and answered alike, whether the
     * person is a member already or has applied before: the page must not tell anyone that of an ID
     * number. The reviewing union sees it ({@link #duplicate}) and decides.
     */
    @Transactional
    JoinApplication submit(JoinRequest r) {
        String idNumber = IdNumbers.normalize(r.idNumber());
        String phone = Mobiles.normalize(r.phone());
        String problem = IdNumbers.problem(idNumber, LocalDate.now());
        if (problem != null) {
            throw new InvalidInputException("idNumber", problem);
        }
        if (!Mobiles.isValid(phone)) {
            throw new InvalidInputException("phone", "手机号应为11位中国大陆手机号码");
        }
        boolean noUnion = Boolean.TRUE.equals(r.noUnionAtEmployer());
        UnionInfo union = directory.anyUnion(r.unionId()).filter(UnionInfo::active)
                .orElseThrow(() -> new InvalidInputException("unionId", "所选工会不存在或已撤销"));
        if (noUnion == union.holdsMembers()) {
            throw new InvalidInputException("unionId", noUnion ? "单位未建工会时，请选择所在地区（街道、区县）或行业的工会"
                    : "请选择您所在单位的基层工会；单位未建工会的请勾选“所在单位尚未建立工会”");
        }
        boolean verified = phoneCodes.active();
        if (verified) {
            if (r.phoneCode() == null || r.phoneCode().isBlank()) {
                throw new InvalidInputException("phoneCode", "请填写短信验证码");
            }
            phoneCodes.verify(phone, r.phoneCode());
        }
        return applications.saveAndFlush(new JoinApplication(union.id(), Texts.clean(r.name()), idNumber, phone,
                Texts.clean(r.employerName()), noUnion, verified));
    }

    /** Whether the applicant proves the phone by a code (only where an SMS gateway sends them). */
    boolean verifiesPhones() {
        return phoneCodes.active();
    }

    /** Sends a one-time code to the phone an applicant gives. */
    void sendCode(String phone) {
        String normalized = Mobiles.normalize(phone);
        if (!Mobiles.isValid(normalized)) {
            throw new InvalidInputException("phone", "手机号应为11位中国大陆手机号码");
        }
        phoneCodes.issue(normalized);
    }

    /** For the reviewer: null, or why this pending application may be a duplicate. */
    String duplicate(JoinApplication a) {
        if (!a.isPending()) {
            return null;
        }
        if (members.currentMembership(a.getIdNumber(), null).isPresent()) {
            return "该身份证号已是工会会员（如需转换工会请办理会员转接）";
        }
        long others = jdbc.sql("select count(*) from join_application where pending_id_number = :n and id <> :id")
                .param("n", a.getIdNumber()).param("id", a.getId()).query(Long.class).single();
        return others > 0 ? "该身份证号另有" + others + "份待审核的入会申请" : null;
    }

    @Transactional
    JoinApplication approve(long id, Long unionId, LocalDate joinedOn) {
        JoinApplication a = pending(id);
        long target = unionId == null ? a.getUnionId() : unionId;
        LocalDate on = joinedOn == null ? LocalDate.now() : joinedOn;
        MemberFields fields = new MemberFields(a.getName(), a.getIdNumber(), null, null, null, null, false, null,
                a.getPhone(), null, on, null);
        if (!members.memberUnion(target).holdsMembers()) {
            throw new InvalidInputException("unionId", "请为申请人选择一个基层工会");
        }
        Member m = members.create(target, fields);
        members.record(m, null, MemberStatus.ACTIVE, on, "网上入会申请审核通过");
        a.decide(ApplicationStatus.APPROVED, CurrentUsers.require().username(), null, m.getId());
        return applications.saveAndFlush(a);
    }

    @Transactional
    JoinApplication reject(long id, String note) {
        JoinApplication a = pending(id);
        a.decide(ApplicationStatus.REJECTED, CurrentUsers.require().username(), note, null);
        return applications.saveAndFlush(a);
    }

    private JoinApplication pending(long id) {
        JoinApplication a = applications.findById(id).orElseThrow(() -> new NotFoundException("入会申请"));
        if (!a.isPending()) {
            throw new ConflictException("该申请已处理");
        }
        return a;
    }
}
