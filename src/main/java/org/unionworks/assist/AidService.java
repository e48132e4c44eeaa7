package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.assist.web.AidRequest;
import org.unionworks.assist.web.ReliefRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;

/** Aid to filed households, reviews, and temporary relief (which can become a file). */
@Service
class AidService {

    private final HardshipFileService files;
    private final AidRecordRepository aid;
    private final FileReviewRepository reviews;
    private final TempReliefRepository reliefs;
    private final Dictionaries dictionaries;
    private final Scopes scopes;
    private final OrgDirectory directory;

    AidService(HardshipFileService files, AidRecordRepository aid, FileReviewRepository reviews,
               TempReliefRepository reliefs, Dictionaries dictionaries, Scopes scopes, OrgDirectory directory) {
        this.files = files;
        this.aid = aid;
        this.reviews = reviews;
        this.reliefs = reliefs;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
        this.directory = directory;
    }

    /** Aid goes to a filed household, on a day its file was open: from filing to its exit (or today). */
    @Transactional
    AidRecord give(long fileId, AidRequest r) {
        HardshipFile file = filed(fileId);
        check(file, r);
        return aid.saveAndFlush(new AidRecord(file.getUnionId(), fileId, null, r.kind(), r.aidOn(), r.amount(),
                Texts.blankToNull(r.fundSource()), Texts.blankToNull(r.handledBy()), Texts.blankToNull(r.note()))
                .withBeneficiary(Texts.blankToNull(r.beneficiary())));
    }

    /** 更正: an aid record entered wrongly is put right, with the reason in the audit log. */
    @Transactional
    AidRecord correct(long id, AidRequest r) {
        AidRecord a = ofFile(id);
        if (r.version() == null || !r.version().equals(a.getVersion())) {
            throw new ConflictException("该帮扶记录已被他人修改，请刷新后重试");
        }
        check(filed(a.getFileId()), r);
        a.correct(r.kind(), r.aidOn(), r.amount(), Texts.blankToNull(r.fundSource()), Texts.blankToNull(r.handledBy()),
                Texts.blankToNull(r.note()), Texts.blankToNull(r.beneficiary()));
        return AuditService.because("更正帮扶记录：" + Texts.required(r.reason(), "reason", "更正原因"), () -> aid.saveAndFlush(a));
    }

    /** 撤回: an aid record entered by mistake is removed; the audit log keeps it with the reason. */
    @Transactional
    void withdraw(long id, String reason) {
        AidRecord a = ofFile(id);
        AuditService.because("撤回帮扶记录：" + Texts.required(reason, "reason", "撤回原因"), () -> {
            aid.delete(a);
            aid.flush();
            return a;
        });
    }

    private AidRecord ofFile(long id) {
        AidRecord a = aid.findById(id).orElseThrow(() -> new NotFoundException("帮扶记录"));
        if (a.getFileId() == null) {
            throw new ConflictException("临时救助发放的记录请在“临时救助”中处理");
        }
        return a;
    }

    private HardshipFile filed(long fileId) {
        HardshipFile file = files.get(fileId);
        if (file.getFiledOn() == null) {
            throw new ConflictException("档案审批建档后才能登记帮扶");
        }
        return file;
    }

    private void check(HardshipFile file, AidRequest r) {
        if (!dictionaries.contains("aid_kind", r.kind())) {
            throw new InvalidInputException("kind", "请选择帮扶类别");
        }
        String problem = dateProblem(file, r.aidOn());
        if (problem != null) {
            throw new InvalidInputException("aidOn", problem);
        }
    }

    /** Why aid cannot be dated on this day, or null: the file must be in the archive that day (exit day excluded). */
    static String dateProblem(HardshipFile file, LocalDate on) {
        LocalDate last = file.getExitOn() == null ? LocalDate.now() : file.getExitOn().minusDays(1);
        if (on.isBefore(file.getFiledOn()) || on.isAfter(last)) {
            return "帮扶日期应在档案在档期间（" + file.getFiledOn() + " 至 " + (file.getExitOn() == null ? "今天"
                    : file.getExitOn() + " 退出前") + "）";
        }
        return null;
    }

    @Transactional
    FileReview review(long fileId, LocalDate on, BigDecimal income, String situation) {
        HardshipFile file = files.review(fileId, on, income);
        return reviews.saveAndFlush(new FileReview(fileId, file.getUnionId(), on, income, situation,
                CurrentUsers.require().username()));
    }

    @Transactional
    TempRelief relieve(ReliefRequest r) {
        scopes.requireOpen(r.unionId());
        directory.union(r.unionId()).orElseThrow(() -> new NotFoundException("工会组织"));
        String id = IdNumbers.normalize(r.idNumber());
        String problem = IdNumbers.problem(id, LocalDate.now());
        if (problem != null) {
            throw new InvalidInputException("idNumber", problem);
        }
        if (r.reliefOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("reliefOn", "救助日期不能晚于今天");
        }
        TempRelief relief = reliefs.saveAndFlush(new TempRelief(r.unionId(), Texts.clean(r.name()), id,
                Texts.clean(r.reason()), r.reliefOn(), r.amount(), Texts.blankToNull(r.fundSource())));
        aid.saveAndFlush(new AidRecord(r.unionId(), null, relief.getId(), "OTHER", r.reliefOn(), r.amount(),
                Texts.blankToNull(r.fundSource()), CurrentUsers.require().username(), "临时救助：" + relief.getReason()));
        return relief;
    }

    /** A temporary relief becomes a file: the union files the household with the full form. */
    @Transactional
    HardshipFile convert(long reliefId, FileFields fields) {
        TempRelief relief = reliefs.findById(reliefId).orElseThrow(() -> new NotFoundException("临时救助记录"));
        if (relief.getConvertedFileId() != null) {
            throw new ConflictException("该临时救助已转为困难职工档案");
        }
        if (!relief.getIdNumber().equals(fields.idNumber())) {
            throw new InvalidInputException("idNumber", "档案的身份证号应与临时救助对象一致");
        }
        HardshipFile file = files.submit(relief.getUnionId(), fields);
        relief.convertedTo(file.getId());
        reliefs.saveAndFlush(relief);
        return file;
    }

    List<AidRecord> of(long fileId) {
        return aid.findByFileIdOrderByAidOnDesc(fileId);
    }

    List<FileReview> reviewsOf(long fileId) {
        return reviews.findByFileIdOrderByReviewedOnDesc(fileId);
    }
}
