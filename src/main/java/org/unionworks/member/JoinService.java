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

    JoinService(JoinApplicationRepository applications, MemberService members, OrgDirectory directory, JdbcClient jdbc) {
        this.applications = applications;
        this.members = members;
        this.directory = directory;
        this.jdbc = jdbc;
    }

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
        if (members.currentMembership(idNumber, null).isPresent()) {
            throw new ConflictException("该身份证号已是工会会员，无需重复申请；如需转换工会，请联系所在工会办理会员转接");
        }
        if (jdbc.sql("select count(*) from join_application where pending_id_number = :n").param("n", idNumber)
                .query(Long.class).single() > 0) {
            throw new ConflictException("该身份证号已提交过入会申请，正在审核中，请耐心等待");
        }
        return applications.saveAndFlush(new JoinApplication(union.id(), Texts.clean(r.name()), idNumber, phone,
                Texts.clean(r.employerName()), noUnion));
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
        a.decide("APPROVED", CurrentUsers.require().username(), null, m.getId());
        return applications.saveAndFlush(a);
    }

    @Transactional
    JoinApplication reject(long id, String note) {
        JoinApplication a = pending(id);
        a.decide("REJECTED", CurrentUsers.require().username(), note, null);
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
