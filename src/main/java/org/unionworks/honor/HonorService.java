package org.unionworks.honor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.honor.web.AwardRequest;
import org.unionworks.honor.web.CareRequest;
import org.unionworks.honor.web.HonoreeRequest;
import org.unionworks.member.MemberDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;

/** The honoree register: profiles, the honors received (and revoked), and care records. */
@Service
class HonorService {

    static final List<String> CARE_KINDS = List.of("VISIT", "HEALTH", "RECUPERATION", "HARDSHIP");

    private final HonoreeRepository honorees;
    private final HonorAwardRepository awards;
    private final HonorTitleRepository titles;
    private final Scopes scopes;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final MemberDirectory members;
    private final CareRecordRepository care;

    private final org.unionworks.platform.audit.DeniedAccesses denied;

    HonorService(HonoreeRepository honorees, HonorAwardRepository awards, HonorTitleRepository titles, Scopes scopes,
                 FileStore files, JdbcClient jdbc, MemberDirectory members, CareRecordRepository care,
                 org.unionworks.platform.audit.DeniedAccesses denied, HonorTitles catalogue) {
        this.catalogue = catalogue;
        this.care = care;
        this.denied = denied;
        this.members = members;
        this.honorees = honorees;
        this.awards = awards;
        this.titles = titles;
        this.scopes = scopes;
        this.files = files;
        this.jdbc = jdbc;
    }

    private final HonorTitles catalogue;

    @Transactional(readOnly = true)
    Honoree get(long id) {
        return honorees.findById(id).orElseThrow(() -> new NotFoundException("劳模（先进集体）"));
    }

    @Transactional
    Honoree create(HonoreeRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择所属工会");
        }
        scopes.requireOpen(r.unionId());
        if (!List.of("PERSON", "COLLECTIVE").contains(r.kind())) {
            throw new InvalidInputException("kind", "类型只能是个人（PERSON）或集体（COLLECTIVE）");
        }
        Honoree h = new Honoree(r.unionId(), r.kind());
        describe(h, r);
        return honorees.saveAndFlush(h);
    }

    @Transactional
    Honoree update(long id, HonoreeRequest r) {
        Honoree h = get(id);
        if (r.version() == null || h.getVersion() != r.version().longValue()) {
            throw new ConflictException("该信息已被他人修改，请刷新后重试");
        }
        describe(h, r);
        return honorees.saveAndFlush(h);
    }

    private void describe(Honoree h, HonoreeRequest r) {
        String id = null;
        String sex = null;
        if (h.getKind().equals("PERSON") && Texts.blankToNull(r.idNumber()) == null) {
            // a public winner list gives no ID number: registered by name and employer until confirmed
            if (Texts.blankToNull(r.employerName()) == null) {
                throw new InvalidInputException("employerName", "未填身份证号的，须填写工作单位，以便日后核实身份");
            }
        } else if (h.getKind().equals("PERSON")) {
            id = IdNumbers.normalize(r.idNumber());
            String problem = IdNumbers.problem(id, LocalDate.now());
            if (problem != null) {
                throw new InvalidInputException("idNumber", problem);
            }
            sex = IdNumbers.parse(id, LocalDate.now()).sex().name();
            var other = jdbc.sql("select id, union_id from honoree where id_number = :n").param("n", id)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(null);
            if (other != null && !Long.valueOf(other[0]).equals(h.getId())) {
                throw new InvalidInputException("idNumber", scopes.isVisible(other[1]) ? "该身份证号已在劳模库中"
                        : denied.duplicateElsewhere("劳模库", id));
            }
        }
        HonoreeStatus status = r.status() == null ? HonoreeStatus.WORKING : HonoreeStatus.of(r.status())
                .orElseThrow(() -> new InvalidInputException("status", "状态只能是在职、退休或已故"));
        String photo = Texts.blankToNull(r.photoFileId());
        if (photo != null && files.find(photo).isEmpty()) {
            throw new InvalidInputException("photoFileId", "照片不存在或无权访问");
        }
        h.describe(Texts.clean(r.name()), id, sex, Texts.blankToNull(r.employerName()), Texts.blankToNull(r.post()),
                Texts.blankToNull(r.deeds()), photo, status, Boolean.TRUE.equals(r.publicProfile()));
        linkMember(h);
    }

    /** Links a model worker to the current member record with the same ID number, where there is one. */
    void linkMember(Honoree h) {
        h.linkMember(members.currentMember(h.getIdNumber()).orElse(null));
    }

    @Transactional
    HonorAward award(long honoreeId, long titleId, int year, String certificateNo) {
        HonorTitle title = checkAward(get(honoreeId), titleId, year, null);
        return awards.saveAndFlush(new HonorAward(honoreeId, titleId, year, title.getAwardingBody(), certificateNo));
    }

    /** 更正: an honor entered with the wrong title, year or certificate is put right, with the reason audited. */
    @Transactional
    HonorAward correctAward(long awardId, AwardRequest r) {
        HonorAward a = awards.findById(awardId).orElseThrow(() -> new NotFoundException("荣誉"));
        requireVersion(a.getVersion(), r.version());
        HonorTitle title = checkAward(get(a.getHonoreeId()), r.titleId(), r.year(), awardId);
        a.correct(r.titleId(), r.year(), title.getAwardingBody(), Texts.blankToNull(r.certificateNo()));
        return AuditService.because("更正荣誉：" + Texts.required(r.reason(), "reason", "更正原因"), () -> awards.saveAndFlush(a));
    }

    /** 撤回: an honor entered by mistake is removed (unlike 撤销, which takes a real honor away). */
    @Transactional
    long withdrawAward(long awardId, String reason) {
        HonorAward a = awards.findById(awardId).orElseThrow(() -> new NotFoundException("荣誉"));
        get(a.getHonoreeId());
        return AuditService.because("撤回荣誉：" + Texts.required(reason, "reason", "撤回原因"), () -> {
            awards.delete(a);
            awards.flush();
            return a.getHonoreeId();
        });
    }

    private HonorTitle checkAward(Honoree h, long titleId, int year, Long exceptId) {
        HonorTitle title = titles.findById(titleId).orElseThrow(() -> new InvalidInputException("titleId", "荣誉称号不存在"));
        boolean collective = h.getKind().equals("COLLECTIVE");
        if (collective != title.getKind().equals("COLLECTIVE")) {
            throw new InvalidInputException("titleId", collective ? "集体只能获得集体荣誉（如五一劳动奖状、工人先锋号）" : "个人不能获得集体荣誉");
        }
        if (!catalogue.appliesTo(title, h.getUnionId())) {
            throw new InvalidInputException("titleId", "“" + title.getName() + "”是" + catalogue.conferrerName(title)
                    + "自设的称号，只能授予其本级和下级");
        }
        if (year < 1950 || year > LocalDate.now().getYear()) {
            throw new InvalidInputException("year", "获得年份应在1950年到今年之间");
        }
        if (jdbc.sql("select count(*) from honor_award where honoree_id = :h and title_id = :t and award_year = :y and id <> :except")
                .param("h", h.getId()).param("t", titleId).param("y", year).param("except", exceptId == null ? 0 : exceptId)
                .query(Long.class).single() > 0) {
            throw new ConflictException("该荣誉已登记");
        }
        return title;
    }

    @Transactional
    HonorAward revoke(long awardId, LocalDate on, String reason) {
        HonorAward a = awards.findById(awardId).orElseThrow(() -> new NotFoundException("荣誉"));
        get(a.getHonoreeId());
        if (a.getRevokedOn() != null) {
            throw new ConflictException("该荣誉已撤销");
        }
        if (on.isAfter(LocalDate.now()) || on.getYear() < a.getAwardYear()) {
            throw new InvalidInputException("on", "撤销日期应在获得荣誉之后、不晚于今天");
        }
        a.revoke(on, reason);
        return awards.saveAndFlush(a);
    }

    @Transactional
    CareRecord care(long honoreeId, CareRequest r) {
        Honoree h = get(honoreeId);
        CareRecord c = new CareRecord(honoreeId, h.getUnionId());
        describe(c, r);
        return care.saveAndFlush(c);
    }

    /** 更正: a care record put right (kind, day, amount), with the reason audited. */
    @Transactional
    CareRecord correctCare(long id, CareRequest r) {
        CareRecord c = care.findById(id).orElseThrow(() -> new NotFoundException("关爱记录"));
        requireVersion(c.getVersion(), r.version());
        describe(c, r);
        return AuditService.because("更正关爱记录：" + Texts.required(r.reason(), "reason", "更正原因"), () -> care.saveAndFlush(c));
    }

    /** 撤回: a care record entered by mistake is removed; the audit log keeps it with the reason. */
    @Transactional
    long withdrawCare(long id, String reason) {
        CareRecord c = care.findById(id).orElseThrow(() -> new NotFoundException("关爱记录"));
        return AuditService.because("撤回关爱记录：" + Texts.required(reason, "reason", "撤回原因"), () -> {
            care.delete(c);
            care.flush();
            return c.getHonoreeId();
        });
    }

    private void describe(CareRecord c, CareRequest r) {
        if (!CARE_KINDS.contains(r.kind())) {
            throw new InvalidInputException("kind", "关爱类别只能是走访慰问、健康体检、疗休养或困难帮扶");
        }
        if (r.on().isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "日期不能晚于今天");
        }
        BigDecimal amount = r.amount() == null ? BigDecimal.ZERO : r.amount();
        if (amount.signum() < 0) {
            throw new InvalidInputException("amount", "金额不能为负数");
        }
        String by = Texts.blankToNull(r.handledBy());
        c.describe(r.kind(), r.on(), amount, by == null ? CurrentUsers.require().username() : by, Texts.blankToNull(r.note()));
    }

    private static void requireVersion(Long current, Long given) {
        if (given == null || !given.equals(current)) {
            throw new ConflictException("该记录已被他人修改，请刷新后重试");
        }
    }
}
