package org.unionworks.democracy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.democracy.web.ContractRequest;
import org.unionworks.democracy.web.CoveredEmployerRequest;
import org.unionworks.democracy.web.SigningRequest;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/** The contracts a federation already keeps in its 集体合同台账: each row a signed contract, filed when a filing date is given. */
@Component
class ContractImportDefinition implements ImportDefinition<ContractImportDefinition.Row> {

    record Row(ContractRequest contract, SigningRequest signing, LocalDate filedOn, String filingNo, String filingAuthority) {
    }

    private final ContractService service;
    private final Scopes scopes;

    ContractImportDefinition(ContractService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() { return "CollectiveContract"; }

    @Override
    public String path() { return "/api/collective-contracts"; }

    @Override
    public String permission() { return "democracy:write"; }

    @Override
    public String title() { return "集体合同"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.union("unionId", "协商工会", "100"),
                Column.required("title", "合同名称", "市第一机床厂2026年工资专项集体合同"),
                Column.required("kind", "合同类别", "工资专项集体合同").dict("contract_kind"),
                Column.required("coverage", "覆盖范围", "单一企业").note("单一企业、区域性或行业性"),
                Column.required("creditCodes", "覆盖单位统一社会信用代码", "91330100MA2XXXXX0X").note("区域性、行业性合同可填多家，用顿号分隔"),
                Column.required("offerOn", "要约日期", "2026-01-05"),
                Column.optional("rounds", "协商轮次", "3"),
                Column.required("signedOn", "签订日期", "2026-02-10"),
                Column.required("startsOn", "生效日期", "2026-03-01"),
                Column.required("endsOn", "终止日期", "2029-02-28"),
                Column.required("workersCovered", "覆盖职工人数", "320"),
                Column.optional("wageRise", "工资增幅（%）", "5.5"),
                Column.optional("filedOn", "备案日期", "2026-02-25"),
                Column.optional("filingNo", "备案编号", "深人社集备〔2026〕18号"),
                Column.optional("filingAuthority", "备案机关", "市人力资源和社会保障局"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long union = row.union("unionId", scopes);
        String coverageText = row.text("coverage");
        String coverage = coverageText == null ? null : switch (coverageText) {
            case "单一企业" -> "SINGLE";
            case "区域性" -> "REGIONAL";
            case "行业性" -> "INDUSTRY";
            default -> {
                row.error("覆盖范围“" + coverageText + "”应为单一企业、区域性或行业性");
                yield null;
            }
        };
        String codes = row.text("creditCodes");
        List<CoveredEmployerRequest> employers = codes == null ? List.of() : Arrays.stream(codes.split("[、,，;；\\s]+"))
                .filter(c -> !c.isBlank()).map(c -> {
                    if (!CreditCodes.isValid(c)) {
                        row.error("统一社会信用代码“" + c + "”校验不通过");
                    }
                    return new CoveredEmployerRequest(c, null);
                }).toList();
        if ("SINGLE".equals(coverage) && employers.size() > 1) {
            row.error("单一企业的集体合同只能填一家单位");
        }
        String filingNo = row.text("filingNo", 50);
        LocalDate filedOn = row.pastDate("filedOn");
        if ((filedOn == null) != (filingNo == null)) {
            row.error("备案日期和备案编号须同时填写");
        }
        ContractRequest contract = new ContractRequest(union, row.dict("kind"), coverage, row.text("title", 200), row.pastDate("offerOn"),
                "UNION", row.integer("rounds", 0, 100), employers, null);
        SigningRequest signing = new SigningRequest(row.pastDate("signedOn"), row.date("startsOn"), row.date("endsOn"),
                row.integer("workersCovered", 1, 10_000_000), row.amount("wageRise", new BigDecimal("-50"), new BigDecimal("100")), null, null);
        return new Row(contract, signing, filedOn, filingNo, row.text("filingAuthority", 100));
    }

    @Override
    public Object key(Row r) {
        return r.contract().unionId() + "/" + r.contract().title() + "/" + r.signing().signedOn();
    }

    @Override
    public String describeKey(Object key) {
        return "同一工会同名且同日签订的合同 " + key.toString().replaceAll("^[^/]*/", "");
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        for (Row r : rows) {
            CollectiveContract c = service.create(r.contract());
            SigningRequest s = r.signing();
            c = service.sign(c.getId(), new SigningRequest(s.signedOn(), s.startsOn(), s.endsOn(), s.workersCovered(), s.wageRise(), s.keyTerms(),
                    c.getVersion()));
            if (r.filedOn() != null) {
                service.file(c.getId(), r.filedOn(), r.filingNo(), r.filingAuthority(), c.getVersion());
            }
        }
        return new ImportCounts(rows.size(), 0, 0);
    }
}
