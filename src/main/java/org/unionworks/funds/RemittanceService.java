package org.unionworks.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.RemittanceCorrection;
import org.unionworks.funds.web.RemittanceRequest;
import org.unionworks.org.EmployerProfile;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.DistrictRows;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/**
 * Remittances entered by hand, corrected, and matched to employers registered after their money arrived. The amounts of a
 * closed month never change; a correction is a new entry in an open month naming the entry it corrects.
 */
@Service
class RemittanceService {

    private final RemittanceRepository remittances;
    private final OrgDirectory orgs;
    private final Scopes scopes;
    private final FundsMonths months;
    private final DistrictRows districts;
    private final KeyLookups keys;
    private final BigDecimal ratePercent;

    RemittanceService(RemittanceRepository remittances, OrgDirectory orgs, Scopes scopes, FundsMonths months, DistrictRows districts,
                      KeyLookups keys, @Value("${unionworks.funds.rate-percent:2}") BigDecimal ratePercent) {
        this.remittances = remittances;
        this.orgs = orgs;
        this.scopes = scopes;
        this.months = months;
        this.districts = districts;
        this.keys = keys;
        this.ratePercent = ratePercent;
    }

    /** 工会法: 2 % of the payroll (configurable), to the fen, half up. */
    BigDecimal dueOn(BigDecimal payroll) {
        return payroll.multiply(ratePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    BigDecimal ratePercent() {
        return ratePercent;
    }

    @Transactional(readOnly = true)
    Remittance get(long id) {
        return remittances.findById(id).orElseThrow(() -> new NotFoundException("缴费记录"));
    }

    @Transactional
    Remittance create(RemittanceRequest r) {
        LocalDate month = FundsMonths.require(r.month(), "month", "所属期");
        Remittance.PayerType type = payerType(r.payerType());
        EmployerProfile e = employer(r.creditCode());
        months.requireOpen(month, "该月份的缴费记录");
        if (remittances.findByCreditCodeAndFundsMonthAndPayerTypeAndEntryNo(e.creditCode(), month, type, 0).isPresent()) {
            throw new ConflictException(e.name() + " " + java.time.YearMonth.from(month) + " 的" + type.label + "已登记，请修改原记录");
        }
        Remittance m = new Remittance(e.creditCode(), e.name(), month, type);
        m.belongTo(e.id(), e.ownerUnionId(), e.districtId());
        describe(m, r);
        return remittances.saveAndFlush(m);
    }

    @Transactional
    Remittance update(long id, RemittanceRequest r) {
        Remittance m = get(id);
        m.requireVersion(r.version(), "该缴费记录已被他人修改，请刷新后重试");
        months.requireOpen(m.getFundsMonth(), "该缴费记录");
        if (!m.getFundsMonth().equals(FundsMonths.parse(r.month())) || m.getPayerType() != payerType(r.payerType())) {
            throw new InvalidInputException("month", "所属期和费种不能修改；请删除后重新登记");
        }
        describe(m, r);
        return remittances.saveAndFlush(m);
    }

    @Transactional
    void delete(long id) {
        Remittance m = get(id);
        months.requireOpen(m.getFundsMonth(), "该缴费记录");
        if (!m.correction() && remittances.exists((x, q, cb) -> cb.equal(x.get("correctionOf"), id))) {
            throw new ConflictException("该缴费记录已有更正记录，不能删除");
        }
        remittances.delete(m);
    }

    /** Entry {@code m} is {@code employerId}'s, of its union; a new district is noted for {@link #followDistricts}. */
    static void belongTo(Remittance m, Long employerId, long unionId, Long districtId, Map<Long, Long> districtsById) {
        if (!Objects.equals(m.getDistrictId(), districtId)) {
            districtsById.put(m.getId(), districtId);
        }
        m.belongTo(employerId, unionId, districtId);
    }

    /**
     * The entries (by id) take their new districts after the entity changes are written (the column is not updatable)
     * through {@link DistrictRows}, which on a distributed database moves them. A correction has its entry's employer,
     * union and district: the callers change both together, and the move of both is one statement.
     */
    void followDistricts(Map<Long, Long> districtsById) {
        districtsById.entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((district, ids) -> districts.set("remittance", keys.oneOf("id", "ids"), Map.of("ids", KeyLookups.keys("bigint", ids)),
                        district));
    }

    private void describe(Remittance m, RemittanceRequest r) {
        BigDecimal due = r.due() == null ? dueOn(r.payroll()) : r.due();
        if (r.paidOn() != null && r.paidOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("paidOn", "缴费日期不能晚于今天");
        }
        if (r.paid().signum() > 0 && r.paidOn() == null) {
            throw new InvalidInputException("paidOn", "有实缴金额时请填写缴费日期");
        }
        m.amounts(r.payroll(), due, r.paid(), channel(r.channel()), r.paidOn(), Texts.blankToNull(r.note()));
    }

    /** A correction of entry {@code id} booked in the request's (open) month, on or after the entry's own. */
    @Transactional
    Remittance correct(long id, RemittanceCorrection r) {
        Remittance original = get(id);
        if (original.correction()) {
            throw new InvalidInputException("id", "请对原始缴费记录录入更正，不能更正一条更正记录");
        }
        LocalDate month = FundsMonths.require(r.month(), "month", "更正记入月份");
        if (month.isBefore(original.getFundsMonth())) {
            throw new InvalidInputException("month", "更正记入月份不能早于原记录的所属期");
        }
        months.requireOpen(month, "该月份的记录");
        if (r.payroll().signum() == 0 && r.due().signum() == 0 && r.paid().signum() == 0) {
            throw new InvalidInputException("paid", "更正金额都为0，无需更正");
        }
        if (r.paid().signum() != 0 && r.paidOn() == null) {
            throw new InvalidInputException("paidOn", "更正实缴金额时请填写缴费（退费）日期");
        }
        int entry = remittances.lastEntryNo(original.getCreditCode(), month, original.getPayerType()) + 1;
        Remittance c = Remittance.correcting(original, month, entry);
        c.amounts(r.payroll(), r.due(), r.paid(), original.getChannel(), r.paidOn(), r.note().strip());
        return remittances.saveAndFlush(c);
    }

    /** Unmatched entries (within the caller's scope) whose credit code is now a registered, visible employer: matched now. */
    @Transactional
    int rematch() {
        List<Remittance> waiting = remittances.findByEmployerIdIsNull();
        Map<String, EmployerProfile> found = orgs.employerProfiles(waiting.stream().map(Remittance::getCreditCode).distinct().toList());
        Map<Long, Long> districtsById = new HashMap<>();
        int matched = 0;
        for (Remittance m : waiting) {
            EmployerProfile e = found.get(m.getCreditCode());
            if (e != null) {
                belongTo(m, e.id(), e.ownerUnionId(), e.districtId(), districtsById);
                matched++;
            }
        }
        remittances.flush();
        followDistricts(districtsById);
        return matched;
    }

    private EmployerProfile employer(String creditCode) {
        String code = CreditCodes.normalize(Texts.blankToNull(creditCode));
        if (code == null) {
            throw new InvalidInputException("creditCode", "请填写单位的统一社会信用代码");
        }
        EmployerProfile e = orgs.employerProfiles(List.of(code)).get(code);
        if (e == null) {
            throw new NotFoundException("该统一社会信用代码的单位");
        }
        scopes.requireOpen(e.ownerUnionId());
        return e;
    }

    static Remittance.PayerType payerType(String text) {
        return Remittance.PayerType.named(text).orElseThrow(() -> new InvalidInputException("payerType", "费种只能是工会经费（FUNDS）或筹备金（PREPARATORY）"));
    }

    static Remittance.Channel channel(String text) {
        return Remittance.Channel.named(text).orElseThrow(() -> new InvalidInputException("channel", "缴费方式只能是税务代收（TAX）或直接缴拨（DIRECT）"));
    }
}
