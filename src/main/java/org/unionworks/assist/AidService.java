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

    /** Aid goes to open files only, on a date between filing and today. */
    @Transactional
    AidRecord give(long fileId, AidRequest r) {
        HardshipFile file = files.open(fileId);
        if (!dictionaries.contains("aid_kind", r.kind())) {
            throw new InvalidInputException("kind", "请选择帮扶类别");
        }
        if (r.aidOn().isAfter(LocalDate.now()) || r.aidOn().isBefore(file.getFiledOn())) {
            throw new InvalidInputException("aidOn", "帮扶日期应在建档日期（" + file.getFiledOn() + "）之后、不晚于今天");
        }
        return aid.saveAndFlush(new AidRecord(file.getUnionId(), fileId, null, r.kind(), r.aidOn(), r.amount(),
                Texts.blankToNull(r.fundSource()), Texts.blankToNull(r.handledBy()), Texts.blankToNull(r.note())));
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
