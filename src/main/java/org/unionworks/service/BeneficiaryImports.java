package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.service.web.BeneficiaryRequest;

/** A programme's beneficiaries, persons and units, from the lists unions hand in after a 慰问 or a 疗休养. */
@Component
class BeneficiaryImports {

    static final List<Column> COLUMNS = List.of(
            Column.required("recipient", "受益对象类型", "个人").note("个人或单位"),
            Column.required("name", "姓名或单位名称", "张三"),
            Column.optional("idNumber", "身份证号", "110101199003071234").note("个人填写；同一项目中不能重复，限一年一次的项目跨项目核对"),
            Column.optional("category", "对象类别", "一线职工").dict("recipient_category"),
            Column.optional("employerName", "工作单位", "市环卫集团"),
            Column.optional("detail", "说明", "环卫工人").note("如岗位、就读学校和年级"),
            Column.optional("creditCode", "统一社会信用代码", "91330100MA2XXXXX0X").note("慰问单位填写后与单位库关联"),
            Column.optional("workersReached", "覆盖职工人数", "120").note("慰问单位必填：本次慰问覆盖的职工人数"),
            Column.optional("cash", "现金（元）", "500").plausible("1", "100000").note("现金和物资都不填时按慰问标准计"),
            Column.optional("goods", "物资折款（元）", "200").plausible("1", "1000000"),
            Column.optional("goodsDescription", "物资内容", "防暑降温用品"),
            Column.optional("day", "发放日期", "2026-07-15").note("不填为导入当天；需申请的项目为申请日期"));

    private final ProgrammeService service;
    private final BeneficiaryRepository beneficiaries;

    BeneficiaryImports(ProgrammeService service, BeneficiaryRepository beneficiaries) {
        this.service = service;
        this.beneficiaries = beneficiaries;
    }

    ImportDefinition<BeneficiaryRequest> of(long programmeId) {
        return new ImportDefinition<>() {
            public String entity() { return "Beneficiary"; }
            public String title() { return "受益对象"; }
            public List<Column> columns() { return COLUMNS; }

            public BeneficiaryRequest parse(ImportRow row) {
                String type = row.text("recipient");
                String recipient = "个人".equals(type) ? "PERSON" : "单位".equals(type) ? "UNIT" : null;
                if (type != null && recipient == null) {
                    row.error("受益对象类型“" + type + "”只能是个人或单位");
                }
                String id = IdNumbers.normalize(row.text("idNumber"));
                String problem = id == null ? null : IdNumbers.problem(id, LocalDate.now());
                if (problem != null) {
                    row.error("身份证号：" + problem);
                }
                if ("UNIT".equals(recipient) && id != null) {
                    row.error("慰问单位不填身份证号");
                }
                String code = row.text("creditCode");
                if (code != null && !CreditCodes.isValid(code)) {
                    row.error("统一社会信用代码“" + code + "”校验不通过");
                }
                Integer workers = row.integer("workersReached", 0, 10_000_000);
                if ("UNIT".equals(recipient) && workers == null) {
                    row.error("慰问单位须填写覆盖职工人数");
                }
                BigDecimal top = new BigDecimal("999999999999.99");
                return new BeneficiaryRequest(recipient, row.text("name", 200), id, row.dict("category"), row.text("employerName", 200),
                        row.text("detail", 200), code, null, "UNIT".equals(recipient) ? workers : null, row.amount("cash", BigDecimal.ZERO, top),
                        row.amount("goods", BigDecimal.ZERO, top), row.text("goodsDescription", 200), row.pastDate("day"), null);
            }

            public Object key(BeneficiaryRequest r) { return r.idNumber(); }

            public String describeKey(Object key) { return "身份证号 " + IdNumbers.mask(key.toString()); }

            public void checkBatch(List<Checked<BeneficiaryRequest>> rows) {
                Programme p = service.get(programmeId);
                for (Checked<BeneficiaryRequest> r : rows) {
                    String id = r.value().idNumber();
                    String earlier = id == null ? null : service.earlierBenefit(p, id);
                    if (earlier != null) {
                        r.error(earlier);
                    }
                }
            }

            public ImportCounts write(List<BeneficiaryRequest> rows) {
                int created = 0;
                int changed = 0;
                for (BeneficiaryRequest r : rows) {
                    Beneficiary existing = r.idNumber() == null ? null
                            : beneficiaries.findByProgrammeIdAndIdNumber(programmeId, r.idNumber()).orElse(null);
                    if (existing == null) {
                        service.saveBeneficiary(programmeId, null, r);
                        created++;
                    } else {
                        service.saveBeneficiary(programmeId, existing.getId(), withVersion(r, existing.getVersion()));
                        changed++;
                    }
                }
                return new ImportCounts(created, changed, 0);
            }
        };
    }

    private static BeneficiaryRequest withVersion(BeneficiaryRequest r, Long version) {
        return new BeneficiaryRequest(r.recipient(), r.name(), r.idNumber(), r.category(), r.employerName(), r.detail(), r.creditCode(),
                r.unitUnionId(), r.workersReached(), r.cash(), r.goods(), r.goodsDescription(), r.day(), version);
    }
}
