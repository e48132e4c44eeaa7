package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.assist.HardshipDirectory;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.service.web.BeneficiaryRequest;
import org.unionworks.service.web.ProgrammeRequest;
import org.unionworks.service.web.ProgrammeStandardRequest;

/**
 * Programmes planned, their standards per person, and their beneficiaries recorded, reviewed, announced and paid.
 * A kind listed in {@code unionworks.service.once-a-year-kinds} (疗休养 and 金秋助学 by default) benefits a person once a year
 * across all programmes of that kind.
 */
@Service
class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ProgrammeStandardRepository standards;
    private final BeneficiaryRepository beneficiaries;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final OrgDirectory orgs;
    private final HardshipDirectory hardship;
    private final JdbcClient jdbc;
    private final Set<String> onceAYear;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeStandardRepository standards, BeneficiaryRepository beneficiaries,
                     Dictionaries dictionaries, Scopes scopes, OrgTree orgTree, OrgDirectory orgs, HardshipDirectory hardship, JdbcClient jdbc,
                     @Value("${unionworks.service.once-a-year-kinds:RECUPERATION,SCHOOL}") String onceAYear) {
        this.programmes = programmes;
        this.standards = standards;
        this.beneficiaries = beneficiaries;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.orgs = orgs;
        this.hardship = hardship;
        this.jdbc = jdbc;
        this.onceAYear = Set.copyOf(Arrays.stream(onceAYear.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @Transactional(readOnly = true)
    Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("普惠服务项目"));
    }

    @Transactional
    Programme create(long unionId, ProgrammeRequest r) {
        scopes.requireOpen(unionId);
        Programme p = new Programme(unionId);
        p.plan(plan(r));
        return programmes.saveAndFlush(p);
    }

    @Transactional
    Programme update(long id, ProgrammeRequest r) {
        Programme p = get(id);
        p.requireVersion(r.version(), "该项目已被他人修改，请刷新后重试");
        p.plan(plan(r));
        return programmes.saveAndFlush(p);
    }

    private Programme.Plan plan(ProgrammeRequest r) {
        requireDict("programme_kind", r.kind(), "kind", "请选择项目类别");
        String fund = Texts.blankToNull(r.fundSource());
        if (fund != null) {
            requireDict("fund_source", fund, "fundSource", "请选择经费来源");
        }
        boolean flow = r.applicationFlow() == null ? "SCHOOL".equals(r.kind()) : r.applicationFlow();
        return new Programme.Plan(r.kind(), Texts.clean(r.name()), r.startsOn(), r.endsOn(), fund, r.budget(), flow, Texts.blankToNull(r.note()));
    }

    /** A programme entered by mistake: only while its list is empty. */
    @Transactional
    void delete(long id) {
        Programme p = get(id);
        long listed = beneficiaries.count((r, q, cb) -> cb.equal(r.get("programmeId"), id));
        if (listed > 0) {
            throw new ConflictException("该项目名单中已有" + listed + "条记录，不能删除；确需删除请先删除名单");
        }
        programmes.delete(p);
        programmes.flush();
    }

    @Transactional
    Programme announce(long id, LocalDate from, LocalDate to, Long version) {
        Programme p = get(id);
        p.requireVersion(version, "该项目已被他人修改，请刷新后重试");
        p.announce(from, to);
        return programmes.saveAndFlush(p);
    }

    // ---- standards

    @Transactional
    ProgrammeStandard saveStandard(Long id, Long unionId, ProgrammeStandardRequest r) {
        ProgrammeStandard s;
        if (id == null) {
            if (unionId == null) {
                throw new InvalidInputException("unionId", "请选择制定标准的工会");
            }
            scopes.requireOpen(unionId);
            s = new ProgrammeStandard(unionId);
        } else {
            s = standards.findById(id).filter(x -> scopes.isVisible(x.getUnionId())).orElseThrow(() -> new NotFoundException("慰问标准"));
            s.requireVersion(r.version(), "该标准已被他人修改，请刷新后重试");
        }
        requireDict("programme_kind", r.kind(), "kind", "请选择项目类别");
        requireDict("recipient_category", r.category(), "category", "请选择慰问对象类别");
        BigDecimal cash = r.cashPerPerson() == null ? BigDecimal.ZERO : r.cashPerPerson();
        BigDecimal goods = r.goodsPerPerson() == null ? BigDecimal.ZERO : r.goodsPerPerson();
        if (cash.signum() == 0 && goods.signum() == 0) {
            throw new InvalidInputException("cashPerPerson", "现金和物资标准至少填写一项");
        }
        s.set(r.kind(), r.category(), cash, goods, Texts.blankToNull(r.goods()), r.effectiveFrom(), Texts.blankToNull(r.note()));
        return standards.saveAndFlush(s);
    }

    /** The unions whose standards apply to {@code unionId}: itself and its ancestors, nearest first. */
    List<Long> lineage(long unionId) {
        String path = orgTree.pathOf(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        List<Long> ids = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).collect(java.util.stream.Collectors.toList());
        java.util.Collections.reverse(ids);
        return ids;
    }

    /** The standard in force on {@code day} for a union's programmes of a kind and a category: its own, else the nearest ancestor's. */
    @Transactional(readOnly = true)
    Optional<ProgrammeStandard> standardInForce(long unionId, String kind, String category, LocalDate day) {
        if (category == null) {
            return Optional.empty();
        }
        List<Long> lineage = lineage(unionId);
        return standards.findAll((r, q, cb) -> cb.and(r.get("unionId").in(lineage), cb.equal(r.get("kind"), kind),
                        cb.equal(r.get("category"), category), cb.lessThanOrEqualTo(r.get("effectiveFrom"), day))).stream()
                .min(Comparator.comparing((ProgrammeStandard s) -> lineage.indexOf(s.getUnionId()))
                        .thenComparing(ProgrammeStandard::getEffectiveFrom, Comparator.reverseOrder()));
    }

    // ---- beneficiaries

    @Transactional(readOnly = true)
    Beneficiary beneficiary(long programmeId, long id) {
        get(programmeId);
        return beneficiaries.findById(id).filter(b -> b.getProgrammeId() == programmeId).orElseThrow(() -> new NotFoundException("受益对象"));
    }

    @Transactional
    Beneficiary saveBeneficiary(long programmeId, Long id, BeneficiaryRequest r) {
        Programme p = get(programmeId);
        Beneficiary b;
        if (id == null) {
            b = new Beneficiary(p, r.day() == null ? LocalDate.now() : r.day());
        } else {
            b = beneficiary(programmeId, id);
            b.requireVersion(r.version(), "该记录已被他人修改，请刷新后重试");
            b.givenOn(r.day());
        }
        b.describe(facts(p, r, b.getId(), b.getIdNumber()));
        return beneficiaries.saveAndFlush(b);
    }

    /**
     * A request as facts: checked, linked to its hardship file or unit, amounts from the standard when left blank; a
     * correction without an ID number keeps the one on record (lists show it masked).
     */
    Beneficiary.Facts facts(Programme p, BeneficiaryRequest r, Long self, String onRecord) {
        Beneficiary.Recipient recipient = Arrays.stream(Beneficiary.Recipient.values()).filter(v -> v.name().equals(r.recipient())).findFirst()
                .orElseThrow(() -> new InvalidInputException("recipient", "受益对象类型只能是个人（PERSON）或单位（UNIT）"));
        String category = Texts.blankToNull(r.category());
        if (category != null) {
            requireDict("recipient_category", category, "category", "请选择慰问对象类别");
        }
        String id = null;
        Long file = null;
        Long employer = null;
        Long unitUnion = null;
        if (recipient == Beneficiary.Recipient.PERSON) {
            id = IdNumbers.normalize(Texts.blankToNull(r.idNumber()));
            id = id == null ? onRecord : id;
            if (id != null) {
                String problem = IdNumbers.problem(id, LocalDate.now());
                if (problem != null) {
                    throw new InvalidInputException("idNumber", problem);
                }
                requireNotRepeated(p, id, self);
                file = hardship.openFiles(List.of(id)).get(id);
            }
        } else {
            String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
            if (code != null) {
                employer = orgs.employerByCreditCode(code).map(EmployerInfo::id).orElseThrow(() ->
                        new InvalidInputException("creditCode", "单位库中没有该统一社会信用代码的单位（或不在您的管辖范围内）"));
            }
            if (r.unitUnionId() != null) {
                scopes.requireVisible(r.unitUnionId());
                unitUnion = r.unitUnionId();
            }
        }
        BigDecimal cash = r.cash();
        BigDecimal goods = r.goods();
        if (cash == null && goods == null) {
            Optional<ProgrammeStandard> standard = standardInForce(p.getUnionId(), p.getKind(), category, p.getStartsOn());
            cash = standard.map(ProgrammeStandard::getCashPerPerson).orElse(BigDecimal.ZERO);
            goods = standard.map(ProgrammeStandard::getGoodsPerPerson).orElse(BigDecimal.ZERO);
        }
        return new Beneficiary.Facts(recipient, Texts.clean(r.name()), id, category, Texts.blankToNull(r.employerName()),
                Texts.blankToNull(r.detail()), file, employer, unitUnion, recipient == Beneficiary.Recipient.UNIT
                ? (r.workersReached() == null ? null : r.workersReached()) : null, cash, goods, Texts.blankToNull(r.goodsDescription()));
    }

    /** In this programme a person is listed once; in a once-a-year kind, once across all its programmes of the year. */
    void requireNotRepeated(Programme p, String idNumber, Long self) {
        beneficiaries.findByProgrammeIdAndIdNumber(p.getId(), idNumber).filter(b -> !b.getId().equals(self)).ifPresent(b -> {
            throw new ConflictException("该职工（身份证号" + IdNumbers.mask(idNumber) + "）已在本项目名单中");
        });
        String earlier = earlierBenefit(p, idNumber);
        if (earlier != null) {
            throw new ConflictException(earlier);
        }
    }

    /** Why this person may not benefit again this year, or null: another programme of a once-a-year kind lists them. */
    String earlierBenefit(Programme p, String idNumber) {
        if (!onceAYear.contains(p.getKind())) {
            return null;
        }
        return jdbc.sql("""
                select p.name from programme_beneficiary b join service_programme p on p.id = b.programme_id
                 where b.id_number = :id and p.kind = :kind and p.programme_year = :year and p.id <> :self and b.status <> 'REJECTED'""")
                .param("id", idNumber).param("kind", p.getKind()).param("year", p.getProgrammeYear()).param("self", p.getId())
                .query(String.class).list().stream().findFirst()
                .map(other -> "该职工（身份证号" + IdNumbers.mask(idNumber) + "）" + p.getProgrammeYear() + "年已在“" + other + "”中享受"
                        + dictionaries.label("programme_kind", p.getKind()).orElse(p.getKind()) + "，同一年度限享受一次")
                .orElse(null);
    }

    @Transactional
    void deleteBeneficiary(long programmeId, long id) {
        Beneficiary b = beneficiary(programmeId, id);
        beneficiaries.delete(b);
        beneficiaries.flush();
    }

    @Transactional
    Beneficiary review(long programmeId, long id, boolean approved, LocalDate on, String note) {
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("reviewedOn", "审核日期不能晚于今天");
        }
        Beneficiary b = beneficiary(programmeId, id);
        b.review(approved, on, note);
        return beneficiaries.saveAndFlush(b);
    }

    @Transactional
    Beneficiary pay(long programmeId, long id, LocalDate on, BigDecimal amount) {
        Programme p = get(programmeId);
        Beneficiary b = beneficiary(programmeId, id);
        b.requireApproved();
        requirePayDay(p, on);
        b.pay(on, amount);
        return beneficiaries.saveAndFlush(b);
    }

    /** 批量发放: every approved applicant of the programme, their amounts as approved. */
    @Transactional
    int payApproved(long programmeId, LocalDate on) {
        Programme p = get(programmeId);
        requirePayDay(p, on);
        List<Beneficiary> approved = beneficiaries.findAll((r, q, cb) -> cb.and(cb.equal(r.get("programmeId"), programmeId),
                cb.equal(r.get("status"), Beneficiary.Status.APPROVED)));
        if (approved.isEmpty()) {
            throw new ConflictException("没有审核通过待发放的申请");
        }
        approved.forEach(b -> b.pay(on, null));
        beneficiaries.saveAllAndFlush(approved);
        return approved.size();
    }

    private static void requirePayDay(Programme p, LocalDate on) {
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("givenOn", "发放日期不能晚于今天");
        }
        p.requirePayable(on);
    }

    private void requireDict(String type, String code, String field, String message) {
        if (code == null || !dictionaries.contains(type, code)) {
            throw new InvalidInputException(field, message);
        }
    }

}
