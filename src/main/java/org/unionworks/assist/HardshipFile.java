package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** 困难职工档案: SUBMITTED → OPEN (or RETURNED, to be corrected and submitted again) → CLOSED. */
@Entity
@Table(name = "hardship_file")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class HardshipFile extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    /** A file changes district only with its union's subtree (SubtreeDistricts, DistrictRows): on Citus by a move. */
    @Column(updatable = false)
    private Long districtId;
    private String workerName;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String divisionCode;
    private String category;
    private String mainCause;
    private String secondaryCauses;
    private String identity;
    private boolean modelWorker;
    private String housing;
    @Masked(Masked.Kind.SECRET)
    private String bankAccount;
    private Integer householdSize;
    private BigDecimal monthlyIncome;
    private int monthsBelowStandard;
    private BigDecimal livingStandard;
    private boolean meetsStandard;
    private String justification;
    @Enumerated(EnumType.STRING)
    private FileStatus status = FileStatus.SUBMITTED;
    private LocalDate submittedOn;
    private LocalDate filedOn;
    private String decidedBy;
    /** Who entered the file or changed it last: never the one who approves it. */
    private String lastChangedBy;
    private String decisionNote;
    private LocalDate nextReviewDue;
    private String exitReason;
    private LocalDate exitOn;
    private String exitNote;
    @Masked(Masked.Kind.IGNORED)
    private String openIdNumber;
    /** 补录: entered afterwards with its real dates, not filed and approved in the system. */
    private boolean backfilled;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "household_member", joinColumns = @JoinColumn(name = "file_id"))
    private List<Household> household = new ArrayList<>();

    protected HardshipFile() {
    }

    HardshipFile(long unionId, Long districtId) {
        this.unionId = unionId;
        this.districtId = districtId;
    }

    /** (Re)submits the file with these contents, judged against {@code standard}. */
    void submit(FileFields f, BigDecimal standard, boolean meets, LocalDate on, String by) {
        describe(f, standard, meets, by);
        this.status = FileStatus.SUBMITTED;
        this.submittedOn = on;
        this.openIdNumber = idNumber;
    }

    void describe(FileFields f, BigDecimal standard, boolean meets, String by) {
        this.lastChangedBy = by;
        this.workerName = f.workerName();
        this.idNumber = f.idNumber();
        this.divisionCode = f.divisionCode();
        this.category = f.category();
        this.mainCause = f.mainCause();
        this.secondaryCauses = f.secondaryCauses();
        this.identity = f.identity();
        this.modelWorker = f.modelWorker();
        this.housing = f.housing();
        this.bankAccount = f.bankAccount();
        this.householdSize = f.householdSize();
        this.monthlyIncome = f.monthlyIncome();
        this.monthsBelowStandard = f.monthsBelowStandard();
        this.justification = f.justification();
        this.livingStandard = standard;
        this.meetsStandard = meets;
        this.household.clear();
        this.household.addAll(f.household());
        if (status.holdsTheIdNumber()) {
            this.openIdNumber = idNumber;
        }
    }

    void approve(LocalDate on, String by, int reviewMonths) {
        this.status = FileStatus.OPEN;
        this.filedOn = on;
        this.decidedBy = by;
        this.decisionNote = null;
        this.nextReviewDue = on.plusMonths(reviewMonths);
    }

    void backfill(FileFields f, BigDecimal standard, boolean meets, LocalDate filedOn, String by, int reviewMonths) {
        submit(f, standard, meets, filedOn, by);
        approve(filedOn, by, reviewMonths);
        this.decisionNote = "补录";
        this.backfilled = true;
    }

    void returnForCorrection(String by, String note) {
        this.status = FileStatus.RETURNED;
        this.decidedBy = by;
        this.decisionNote = note;
        this.openIdNumber = null;
    }

    void reviewed(LocalDate on, BigDecimal income, int reviewMonths) {
        this.monthlyIncome = income;
        this.nextReviewDue = on.plusMonths(reviewMonths);
    }

    void exit(String reason, LocalDate on, String note, String by) {
        this.status = FileStatus.CLOSED;
        this.exitReason = reason;
        this.exitOn = on;
        this.exitNote = note;
        this.decidedBy = by;
        this.openIdNumber = null;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getWorkerName() { return workerName; }
    String getIdNumber() { return idNumber; }
    String getDivisionCode() { return divisionCode; }
    String getCategory() { return category; }
    String getMainCause() { return mainCause; }
    String getSecondaryCauses() { return secondaryCauses; }
    String getIdentity() { return identity; }
    boolean isModelWorker() { return modelWorker; }
    String getHousing() { return housing; }
    String getBankAccount() { return bankAccount; }
    Integer getHouseholdSize() { return householdSize; }
    BigDecimal getMonthlyIncome() { return monthlyIncome; }
    int getMonthsBelowStandard() { return monthsBelowStandard; }
    BigDecimal getLivingStandard() { return livingStandard; }
    boolean isMeetsStandard() { return meetsStandard; }
    String getJustification() { return justification; }
    FileStatus getStatus() { return status; }
    LocalDate getSubmittedOn() { return submittedOn; }
    LocalDate getFiledOn() { return filedOn; }
    String getDecidedBy() { return decidedBy; }
    String getLastChangedBy() { return lastChangedBy; }
    String getDecisionNote() { return decisionNote; }
    LocalDate getNextReviewDue() { return nextReviewDue; }
    String getExitReason() { return exitReason; }
    LocalDate getExitOn() { return exitOn; }
    String getExitNote() { return exitNote; }
    List<Household> getHousehold() { return household; }
    boolean isBackfilled() { return backfilled; }
}
