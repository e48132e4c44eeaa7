package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.service.web.ClaimRequest;
import org.unionworks.service.web.EnrolmentRequest;

/** 职工医疗互助保障: units enrolled year by year, and the claims of their sick workers. */
@Service
class InsuranceService {

    private final InsuranceEnrolmentRepository enrolments;
    private final InsuranceClaimRepository claims;
    private final Scopes scopes;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;

    InsuranceService(InsuranceEnrolmentRepository enrolments, InsuranceClaimRepository claims, Scopes scopes, OrgDirectory orgs,
                     Dictionaries dictionaries) {
        this.enrolments = enrolments;
        this.claims = claims;
        this.scopes = scopes;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    InsuranceEnrolment enrolment(long id) {
        return enrolments.findById(id).orElseThrow(() -> new NotFoundException("参保记录"));
    }

    @Transactional(readOnly = true)
    InsuranceClaim claim(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("给付记录"));
    }

    @Transactional
    InsuranceEnrolment saveEnrolment(Long id, EnrolmentRequest r) {
        InsuranceEnrolment e;
        if (id == null) {
            long union = requireUnion(r.unionId());
            e = new InsuranceEnrolment(union, orgs.districtOf(union));
        } else {
            e = enrolment(id);
            e.requireVersion(r.version(), "该参保记录已被他人修改，请刷新后重试");
        }
        Long employer = e.getEmployerId();
        String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
        if (code != null) {
            employer = orgs.employerByCreditCode(code).map(EmployerInfo::id).orElseThrow(() ->
                    new InvalidInputException("creditCode", "单位库中没有该统一社会信用代码的单位（或不在您的管辖范围内）"));
        }
        requireNotFuture(r.paidOn(), "paidOn", "缴费日期不能晚于今天");
        BigDecimal paid = r.amountPaid() != null ? r.amountPaid() : r.premiumPerPerson().multiply(BigDecimal.valueOf(r.insuredWorkers()));
        e.enrol(new InsuranceEnrolment.Terms(r.year(), Texts.clean(r.unitName()), employer, r.insuredWorkers(), r.premiumPerPerson(), paid,
                r.paidOn(), Texts.blankToNull(r.policyNo())));
        return enrolments.saveAndFlush(e);
    }

    @Transactional
    InsuranceClaim saveClaim(Long id, ClaimRequest r) {
        InsuranceClaim c;
        if (id == null) {
            long union = requireUnion(r.unionId());
            c = new InsuranceClaim(union, orgs.districtOf(union));
        } else {
            c = claim(id);
            c.requireVersion(r.version(), "该给付记录已被他人修改，请刷新后重试");
        }
        c.record(facts(r, c.getIdNumber()));
        return claims.saveAndFlush(c);
    }

    InsuranceClaim.Facts facts(ClaimRequest r, String onRecord) {
        String idNumber = IdNumbers.normalize(Texts.blankToNull(r.idNumber()));
        if (idNumber == null && onRecord == null) {
            throw new InvalidInputException("idNumber", "请填写身份证号");
        }
        idNumber = idNumber == null ? onRecord : idNumber;
        String problem = IdNumbers.problem(idNumber, LocalDate.now());
        if (problem != null) {
            throw new InvalidInputException("idNumber", problem);
        }
        if (!dictionaries.contains("illness_category", r.illnessCategory())) {
            throw new InvalidInputException("illnessCategory", "请选择给付类别");
        }
        requireNotFuture(r.claimedOn(), "claimedOn", "申请日期不能晚于今天");
        requireNotFuture(r.paidOn(), "paidOn", "给付日期不能晚于今天");
        requireNotFuture(r.admittedOn(), "admittedOn", "入院日期不能晚于今天");
        return new InsuranceClaim.Facts(r.year(), Texts.clean(r.name()), idNumber, Texts.blankToNull(r.unitName()), r.illnessCategory(),
                r.admittedOn(), r.dischargedOn(), r.claimedOn(), r.amountClaimed(), r.amountPaid(), r.paidOn());
    }

    private long requireUnion(Long unionId) {
        if (unionId == null) {
            throw new InvalidInputException("unionId", "请选择经办工会");
        }
        scopes.requireOpen(unionId);
        return unionId;
    }

    private static void requireNotFuture(LocalDate day, String field, String message) {
        if (day != null && day.isAfter(LocalDate.now())) {
            throw new InvalidInputException(field, message);
        }
    }
}
