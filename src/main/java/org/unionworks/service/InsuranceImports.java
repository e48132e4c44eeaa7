package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.service.web.ClaimRequest;
import org.unionworks.service.web.EnrolmentRequest;

/**
 * The spreadsheets that 职工保险互助会 offices and insurers exchange: the year's enrolment list by unit, and the
 * claims paid. A row whose unit (or whose worker's claim) is already there updates it.
 */
@Configuration(proxyBeanMethods = false)
class InsuranceImports {

    private static final BigDecimal TOP = new BigDecimal("999999999999.99");

    @Bean
    ImportDefinition<EnrolmentRequest> enrolmentImport(InsuranceService service, InsuranceEnrolmentRepository enrolments, Scopes scopes) {
        return new ImportDefinition<>() {
            public String entity() { return "InsuranceEnrolment"; }
            public String path() { return "/api/insurance/enrolments"; }
            public String permission() { return "service:write"; }
            public String title() { return "互助保障参保单位"; }

            public List<Column> columns() {
                return List.of(Column.union("unionId", "经办工会", "100"),
                        Column.required("year", "参保年度", "2026"),
                        Column.required("unitName", "参保单位", "市第一机床厂"),
                        Column.optional("creditCode", "统一社会信用代码", "91330100MA2XXXXX0X").note("填写后与单位库关联"),
                        Column.required("insuredWorkers", "参保人数", "320"),
                        Column.required("premiumPerPerson", "每人互助金（元）", "60").plausible("1", "10000"),
                        Column.optional("amountPaid", "缴纳金额（元）", "19200").note("不填按参保人数×每人互助金计"),
                        Column.optional("paidOn", "缴费日期", "2026-01-15"),
                        Column.optional("policyNo", "参保凭证号", "HZ2026-0001"));
            }

            public EnrolmentRequest parse(ImportRow row) {
                Long union = row.union("unionId", scopes);
                String code = row.text("creditCode");
                if (code != null && !CreditCodes.isValid(code)) {
                    row.error("统一社会信用代码“" + code + "”校验不通过");
                }
                return new EnrolmentRequest(union, row.integer("year", 1990, 2100), row.text("unitName", 200), code,
                        row.integer("insuredWorkers", 1, 10_000_000), row.amount("premiumPerPerson", new BigDecimal("0.01"), TOP),
                        row.amount("amountPaid", BigDecimal.ZERO, TOP), row.pastDate("paidOn"), row.text("policyNo", 50), null);
            }

            public Object key(EnrolmentRequest r) { return r.unionId() + "/" + r.year() + "/" + r.unitName(); }

            public String describeKey(Object key) { return "同一工会同一年度的参保单位 " + key.toString().replaceAll("^[^/]*/", ""); }

            public ImportCounts write(List<EnrolmentRequest> rows) {
                int created = 0;
                int changed = 0;
                for (EnrolmentRequest r : rows) {
                    var existing = enrolments.findByUnionIdAndCoverYearAndUnitName(r.unionId(), r.year(), r.unitName()).orElse(null);
                    service.saveEnrolment(existing == null ? null : existing.getId(), existing == null ? r
                            : new EnrolmentRequest(r.unionId(), r.year(), r.unitName(), r.creditCode(), r.insuredWorkers(), r.premiumPerPerson(),
                            r.amountPaid(), r.paidOn(), r.policyNo(), existing.getVersion()));
                    if (existing == null) {
                        created++;
                    } else {
                        changed++;
                    }
                }
                return new ImportCounts(created, changed, 0);
            }
        };
    }

    @Bean
    ImportDefinition<ClaimRequest> claimImport(InsuranceService service, InsuranceClaimRepository claims, Scopes scopes) {
        return new ImportDefinition<>() {
            public String entity() { return "InsuranceClaim"; }
            public String path() { return "/api/insurance/claims"; }
            public String permission() { return "service:write"; }
            public String title() { return "互助金给付"; }

            public List<Column> columns() {
                return List.of(Column.union("unionId", "经办工会", "100"),
                        Column.required("year", "保障年度", "2026"),
                        Column.required("name", "姓名", "张三"),
                        Column.required("idNumber", "身份证号", "110101199003071234"),
                        Column.optional("unitName", "工作单位", "市第一机床厂"),
                        Column.required("illnessCategory", "给付类别", "住院医疗").dict("illness_category"),
                        Column.optional("admittedOn", "入院日期", "2026-03-02"),
                        Column.optional("dischargedOn", "出院日期", "2026-03-12"),
                        Column.required("claimedOn", "申请日期", "2026-03-20"),
                        Column.required("amountClaimed", "申请金额（元）", "3000").plausible("1", "1000000"),
                        Column.optional("amountPaid", "给付金额（元）", "2400").note("已给付的填写，并填给付日期"),
                        Column.optional("paidOn", "给付日期", "2026-04-10"));
            }

            public ClaimRequest parse(ImportRow row) {
                Long union = row.union("unionId", scopes);
                String id = IdNumbers.normalize(row.text("idNumber"));
                String problem = id == null ? null : IdNumbers.problem(id, LocalDate.now());
                if (problem != null) {
                    row.error("身份证号：" + problem);
                }
                LocalDate admitted = row.pastDate("admittedOn");
                LocalDate discharged = row.pastDate("dischargedOn");
                if (discharged != null && (admitted == null || discharged.isBefore(admitted))) {
                    row.error("出院日期不能早于入院日期（填出院日期须先填入院日期）");
                }
                BigDecimal claimed = row.amount("amountClaimed", new BigDecimal("0.01"), TOP);
                BigDecimal paid = row.amount("amountPaid", BigDecimal.ZERO, TOP);
                LocalDate paidOn = row.pastDate("paidOn");
                if ((paid == null) != (paidOn == null)) {
                    row.error("给付金额和给付日期须同时填写");
                }
                if (paid != null && claimed != null && paid.compareTo(claimed) > 0) {
                    row.error("给付金额不能超过申请金额");
                }
                return new ClaimRequest(union, row.integer("year", 1990, 2100), row.text("name", 50), id, row.text("unitName", 200),
                        row.dict("illnessCategory"), admitted, discharged, row.pastDate("claimedOn"), claimed, paid, paidOn, null);
            }

            public Object key(ClaimRequest r) { return r.idNumber() + "/" + r.claimedOn() + "/" + r.illnessCategory(); }

            public String describeKey(Object key) {
                String[] parts = key.toString().split("/");
                return "身份证号 " + IdNumbers.mask(parts[0]) + " 在 " + parts[1] + " 的同类申请";
            }

            public ImportCounts write(List<ClaimRequest> rows) {
                int created = 0;
                int changed = 0;
                for (ClaimRequest r : rows) {
                    var existing = claims.findByIdNumberAndClaimedOnAndIllnessCategory(r.idNumber(), r.claimedOn(), r.illnessCategory()).orElse(null);
                    service.saveClaim(existing == null ? null : existing.getId(), existing == null ? r
                            : new ClaimRequest(r.unionId(), r.year(), r.name(), r.idNumber(), r.unitName(), r.illnessCategory(), r.admittedOn(),
                            r.dischargedOn(), r.claimedOn(), r.amountClaimed(), r.amountPaid(), r.paidOn(), existing.getVersion()));
                    if (existing == null) {
                        created++;
                    } else {
                        changed++;
                    }
                }
                return new ImportCounts(created, changed, 0);
            }
        };
    }
}
