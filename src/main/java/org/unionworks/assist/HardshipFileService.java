package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumberLocks;
import org.unionworks.platform.validation.IdNumbers;

/**
 * Entry, approval, review and exit of hardship files. The worker's union (or one above it) files;
 * approval, return and exit are for an upper union only, never the file's own union.
 */
@Service
class HardshipFileService {

    /**
     * One submitted or open file per person in the whole city (一户一档), a household member's number too: no unique key
     * covers those, so every database takes the locks (see {@link IdNumberLocks}).
     */
    private static final IdNumberLocks.Space OPEN_FILES = new IdNumberLocks.Space(0x554d4846, false);

    private final HardshipFileRepository files;
    private final FilingStandard standard;
    private final OrgDirectory directory;
    private final Scopes scopes;
    private final Dictionaries dictionaries;
    private final JdbcClient jdbc;

    private final org.unionworks.platform.audit.DeniedAccesses denied;
    private final IdNumberLocks locks;

    HardshipFileService(HardshipFileRepository files, FilingStandard standard, OrgDirectory directory, Scopes scopes,
                        Dictionaries dictionaries, JdbcClient jdbc, org.unionworks.platform.audit.DeniedAccesses denied,
                        IdNumberLocks locks) {
        this.denied = denied;
        this.locks = locks;
        this.files = files;
        this.standard = standard;
        this.directory = directory;
        this.scopes = scopes;
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    HardshipFile get(long id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("困难职工档案"));
    }

    @Transactional
    HardshipFile submit(long unionId, FileFields f) {
        UnionInfo union = filingUnion(unionId);
        HardshipFile file = new HardshipFile(unionId, union.districtId());
        return save(file, f, null);
    }

    /**
     * 补录: a file that was filed (and perhaps closed) before the federation used the system, entered by
     * an upper union with its real dates and judged by the living standard of its filing day.
     */
    @Transactional
    HardshipFile backfill(long unionId, FileFields f, LocalDate filedOn, Exit exit) {
        UnionInfo union = filingUnion(unionId);
        if (unionId == CurrentUsers.require().unionId()) {
            throw new ForbiddenException(BACKFILL_BY_UPPER_UNION);
        }
        holdNumbers(f);
        List<FieldProblem> problems = backfillProblems(f, filedOn, exit);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal living = standard.livingStandard(f.divisionCode(), filedOn).orElse(null);
        HardshipFile file = new HardshipFile(unionId, union.districtId());
        file.backfill(f, living, meets(f, living), filedOn, user(), standard.reviewMonths());
        if (exit != null) {
            file.exit(exit.reason(), exit.on(), exit.note(), user());
        }
        return files.saveAndFlush(file);
    }

    static final String BACKFILL_BY_UPPER_UNION = "补录历史档案须由上级工会办理";

    /** Every rule of a back-filled file: its contents, its dates, and the living standard of its filing day. */
    List<FieldProblem> backfillProblems(FileFields f, LocalDate filedOn, Exit exit) {
        List<FieldProblem> problems = problems(f, null, exit == null, true);
        if (filedOn.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("filedOn", "建档日期不能晚于今天"));
        }
        if (exit != null) {
            problems.addAll(exitProblems(exit, filedOn));
        }
        boolean divisionKnown = problems.stream().noneMatch(p -> p.field().equals("divisionCode")) && f.householdKnown();
        BigDecimal living = divisionKnown ? standard.livingStandard(f.divisionCode(), filedOn).orElse(null) : null;
        if (divisionKnown && living == null) {
            problems.add(new FieldProblem("divisionCode", "该地区在建档日期（" + filedOn + "）尚无低保标准，请先在“低保标准”中登记当时的标准"));
        }
        String shortfall = living == null ? null : standard.shortfall(f, living);
        if (shortfall != null && (f.justification() == null || f.justification().isBlank())) {
            problems.add(new FieldProblem("justification", shortfall + "；如确需建档，请填写情况说明"));
        }
        return problems;
    }

    /** How a back-filled file ended, when it already has. */
    record Exit(String reason, LocalDate on, String note) {
    }

    private List<FieldProblem> exitProblems(Exit exit, LocalDate filedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!dictionaries.contains("exit_reason", exit.reason())) {
            problems.add(new FieldProblem("exitReason", "请选择退出原因"));
        }
        if (exit.on() == null || exit.on().isAfter(LocalDate.now()) || exit.on().isBefore(filedOn)) {
            problems.add(new FieldProblem("exitOn", "退出日期应在建档日期之后、不晚于今天"));
        }
        return problems;
    }

    private UnionInfo filingUnion(long unionId) {
        scopes.requireVisible(unionId);
        UnionInfo union = directory.union(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        if (!union.active() || !union.holdsMembers()) {
            throw new InvalidInputException("unionId", "困难职工档案由职工所在的基层工会建档（属地建档）");
        }
        return union;
    }

    /** Corrects a file; a returned one is submitted again. */
    @Transactional
    HardshipFile update(long id, long version, FileFields f) {
        HardshipFile file = get(id);
        if (file.getVersion() != version) {
            throw new ConflictException("该档案已被他人修改，请刷新后重试");
        }
        if (file.getStatus() == FileStatus.CLOSED) {
            throw new ConflictException("已退出的档案不能修改；重新建档请新建档案");
        }
        return save(file, f, id);
    }

    private HardshipFile save(HardshipFile file, FileFields f, Long exceptId) {
        holdNumbers(f);
        // a back-filled file may keep its household unknown; a new one is judged by the filing standard
        boolean backfilled = file.isBackfilled() && !f.householdKnown();
        List<FieldProblem> problems = backfilled ? problems(f, exceptId, true, true) : problemsWithStandard(f, exceptId);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BigDecimal living = standard.livingStandard(f.divisionCode(), LocalDate.now()).orElse(null);
        if (file.getStatus() == FileStatus.OPEN) {
            file.describe(f, living, meets(f, living), user());
        } else {
            file.submit(f, living, meets(f, living), LocalDate.now(), user());
        }
        return files.saveAndFlush(file);
    }

    /** The file meets the filing standard; false when its household is not known or no standard applies. */
    private boolean meets(FileFields f, BigDecimal living) {
        return living != null && f.householdKnown() && standard.shortfall(f, living) == null;
    }

    @Transactional
    HardshipFile approve(long id) {
        HardshipFile file = pendingDecision(id);
        if (user().equals(file.getLastChangedBy())) {
            throw new ForbiddenException("录入或最后修改该档案的人不能审批它，请由其他人审批");
        }
        file.approve(LocalDate.now(), user(), standard.reviewMonths());
        return files.saveAndFlush(file);
    }

    @Transactional
    HardshipFile returnForCorrection(long id, String note) {
        HardshipFile file = pendingDecision(id);
        file.returnForCorrection(user(), note);
        return files.saveAndFlush(file);
    }

    @Transactional
    HardshipFile review(long id, LocalDate on, BigDecimal income) {
        HardshipFile file = open(id);
        checkDate(on, file.getFiledOn(), "reviewedOn", "复核日期");
        file.reviewed(on, income, standard.reviewMonths());
        return files.saveAndFlush(file);
    }

    /** 退出: decided by an upper union; the file is kept, closed, and the person may be filed again later. */
    @Transactional
    HardshipFile exit(long id, String reason, LocalDate on, String note) {
        HardshipFile file = open(id);
        requireUpperUnion(file, "退出须由上级工会审批");
        if (!dictionaries.contains("exit_reason", reason)) {
            throw new InvalidInputException("reason", "请选择退出原因");
        }
        checkDate(on, file.getFiledOn(), "on", "退出日期");
        file.exit(reason, on, note, user());
        return files.saveAndFlush(file);
    }

    HardshipFile open(long id) {
        HardshipFile file = get(id);
        if (file.getStatus() != FileStatus.OPEN) {
            throw new ConflictException("只有在档的档案可以办理此事项");
        }
        return file;
    }

    private HardshipFile pendingDecision(long id) {
        HardshipFile file = get(id);
        if (file.getStatus() != FileStatus.SUBMITTED) {
            throw new ConflictException("只有待审批的档案可以审批或退回");
        }
        requireUpperUnion(file, "建档须由上级工会审批");
        return file;
    }

    private static void requireUpperUnion(HardshipFile file, String message) {
        if (file.getUnionId() == CurrentUsers.require().unionId()) {
            throw new ForbiddenException(message);
        }
    }

    private static void checkDate(LocalDate on, LocalDate notBefore, String field, String label) {
        if (on.isAfter(LocalDate.now()) || notBefore != null && on.isBefore(notBefore)) {
            throw new InvalidInputException(field, label + "应在建档日期之后、不晚于今天");
        }
    }

    /** Every rule, the filing standard included: without a justification a file must meet it. */
    List<FieldProblem> problemsWithStandard(FileFields f, Long exceptId) {
        List<FieldProblem> problems = problems(f, exceptId);
        if (f.divisionCode() == null || !dictionaries.contains("division", f.divisionCode()) || !f.householdKnown()) {
            return problems;
        }
        BigDecimal living = standard.livingStandard(f.divisionCode(), LocalDate.now()).orElse(null);
        if (living == null) {
            problems.add(new FieldProblem("divisionCode", "该地区尚未设置低保标准，请先在“低保标准”中登记"));
            return problems;
        }
        String shortfall = standard.shortfall(f, living);
        if (shortfall != null && (f.justification() == null || f.justification().isBlank())) {
            problems.add(new FieldProblem("justification", shortfall + "；如确需建档，请填写情况说明"));
        }
        return problems;
    }

    /** Every rule of a file's contents, each with its field. */
    List<FieldProblem> problems(FileFields f, Long exceptId) {
        return problems(f, exceptId, true, false);
    }

    /**
     * {@code staysOpen}: the file will hold its people, so none of them may be in another open file.
     * {@code unknownAllowed}: a back-filled file may leave household size and income unknown.
     */
    private List<FieldProblem> problems(FileFields f, Long exceptId, boolean staysOpen, boolean unknownAllowed) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now();
        if (f.workerName() == null || f.workerName().isBlank()) {
            problems.add(new FieldProblem("workerName", "职工姓名不能为空"));
        }
        String idProblem = IdNumbers.problem(f.idNumber(), today);
        if (idProblem != null) {
            problems.add(new FieldProblem("idNumber", idProblem));
        } else if (staysOpen) {
            openFileOf(f.idNumber(), exceptId).ifPresent(union -> problems.add(new FieldProblem("idNumber",
                    scopes.isVisible(union) ? "该职工已有在档或待审批的困难职工档案，或已是其他在档家庭的成员（一户一档）"
                            : denied.duplicateElsewhere("困难职工档案", f.idNumber()))));
        }
        if (f.divisionCode() == null || !dictionaries.contains("division", f.divisionCode())) {
            problems.add(new FieldProblem("divisionCode", "请选择所在地区（行政区划代码）"));
        }
        dict(problems, "hardship_category", "category", "困难类别", f.category(), true);
        dict(problems, "hardship_cause", "mainCause", "主要致困原因", f.mainCause(), true);
        dict(problems, "worker_identity", "identity", "职工身份", f.identity(), true);
        if (f.secondaryCauses() != null) {
            for (String c : f.secondaryCauses().split(",")) {
                dict(problems, "hardship_cause", "secondaryCauses", "次要致困原因", c.strip(), false);
            }
        }
        if (f.householdSize() == null) {
            if (!unknownAllowed) {
                problems.add(new FieldProblem("householdSize", "请填写家庭人口（补录历史档案可留空，表示未知）"));
            }
        } else if (f.householdSize() < 1 || f.householdSize() > 30) {
            problems.add(new FieldProblem("householdSize", "家庭人口应在1到30人之间"));
        }
        if (f.monthlyIncome() == null) {
            if (!unknownAllowed) {
                problems.add(new FieldProblem("monthlyIncome", "请填写家庭月收入（补录历史档案可留空，表示未知）"));
            }
        } else if (f.monthlyIncome().signum() < 0) {
            problems.add(new FieldProblem("monthlyIncome", "家庭月收入不能为负数"));
        }
        if (f.monthsBelowStandard() < 0 || f.monthsBelowStandard() > 600) {
            problems.add(new FieldProblem("monthsBelowStandard", "低于标准的月数应在0到600之间"));
        }
        household(problems, f, staysOpen ? exceptId : null, staysOpen);
        return problems;
    }

    private void household(List<FieldProblem> problems, FileFields f, Long exceptId, boolean staysOpen) {
        if (f.householdSize() != null && f.household().size() > f.householdSize() - 1) {
            problems.add(new FieldProblem("household", "家庭成员（不含职工本人）不能多于家庭人口减一"));
        }
        Set<String> seen = new HashSet<>();
        for (Household h : f.household()) {
            if (h.getName() == null || h.getName().isBlank() || h.getRelation() == null || h.getRelation().isBlank()) {
                problems.add(new FieldProblem("household", "家庭成员须填写姓名和与职工关系"));
            }
            if (h.getIdNumber() != null) {
                String p = IdNumbers.problem(h.getIdNumber(), LocalDate.now());
                if (p != null) {
                    problems.add(new FieldProblem("household", "家庭成员“" + h.getName() + "”" + p));
                } else if (!seen.add(h.getIdNumber()) || h.getIdNumber().equals(f.idNumber())) {
                    problems.add(new FieldProblem("household", "家庭成员“" + h.getName() + "”的身份证号重复"));
                } else if (staysOpen && openFileOf(h.getIdNumber(), exceptId).isPresent()) {
                    boolean visible = scopes.isVisible(openFileOf(h.getIdNumber(), exceptId).get());
                    problems.add(new FieldProblem("household", visible
                            ? "家庭成员“" + h.getName() + "”已在其他在档或待审批的困难职工档案中（一户一档）"
                            : "家庭成员“" + h.getName() + "”：" + denied.duplicateElsewhere("困难职工家庭成员", h.getIdNumber())));
                }
            }
            if (h.getMonthlyIncome().signum() < 0) {
                problems.add(new FieldProblem("household", "家庭成员收入不能为负数"));
            }
        }
    }

    /** Before an import writes its files: every number's lock (Citus), so that its files' own checks take none. */
    void holdAllNumbers() {
        locks.holdAll(OPEN_FILES);
    }

    /** Before a file's people are checked against the open files of the whole city: the locks of their numbers. */
    private void holdNumbers(FileFields f) {
        List<String> numbers = new ArrayList<>();
        numbers.add(f.idNumber());
        f.household().forEach(h -> numbers.add(h.getIdNumber()));
        locks.holdOne(OPEN_FILES, numbers);
    }

    /**
     * The union of a submitted or open file anywhere in which the person is the worker or a household member. The
     * household members are found first, by number: on Citus they lie on the coordinator and the files on the workers.
     */
    private java.util.Optional<Long> openFileOf(String idNumber, Long exceptId) {
        return jdbc.sql("""
                select min(f.union_id) from hardship_file f where f.id <> :except and (f.open_id_number = :n
                    or (f.open_id_number is not null and f.id in (select h.file_id from household_member h where h.id_number = :n)))""")
                .param("n", IdNumbers.normalize(idNumber)).param("except", exceptId == null ? 0 : exceptId)
                .query(Long.class).optional();
    }

    private void dict(List<FieldProblem> problems, String type, String field, String label, String code, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "请选择" + label));
            }
        } else if (!dictionaries.contains(type, code)) {
            problems.add(new FieldProblem(field, label + "代码“" + code + "”无效"));
        }
    }

    private static String user() {
        return CurrentUsers.require().username();
    }
}
