package org.unionworks.org;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/**
 * Census returns filled in offline and uploaded in bulk for one campaign, keyed by union number: the fixed columns and
 * one per question of the campaign's own.
 */
@Component
class CensusReturnImport {

    static final List<Column> COLUMNS = List.of(
            Column.required("unionId", "工会编号", "100").note("填报工会的编号（见摸底排查名单或工会组织列表）"),
            Column.optional("hasCommittee", "是否成立工会委员会", "是").note("是/否"),
            Column.optional("committeeSize", "委员会人数", "7"),
            Column.optional("termStartsOn", "本届开始日期", "2024-03-01").note("yyyy-MM-dd"),
            Column.optional("termEndsOn", "本届届满日期", "2029-02-28").note("yyyy-MM-dd"),
            Column.optional("members", "会员人数", "110"),
            Column.optional("employees", "职工人数", "120"),
            Column.optional("hasWorkersHome", "是否建有职工之家", "是").note("是/否"),
            Column.optional("holdsCongress", "是否召开职代会", "是").note("是/否"),
            Column.optional("problems", "发现的问题", "未按期换届").note("不超过1000个字符"),
            Column.optional("employerCreditCode", "所在单位统一社会信用代码", "").note("基层工会填写所在单位的代码，审核通过即建立涵盖关系（计入涵盖单位数）"));

    record Row(long unionId, CensusAnswers answers, Map<String, BigDecimal> asked) {
    }

    private final CensusService service;
    private final CensusReturnRepository returns;
    private final CensusQuestions questions;

    CensusReturnImport(CensusService service, CensusReturnRepository returns, CensusQuestions questions) {
        this.service = service;
        this.returns = returns;
        this.questions = questions;
    }

    ImportDefinition<Row> forCampaign(long censusId) {
        List<CensusQuestion> asked = questions.of(censusId);
        List<Column> columns = new ArrayList<>(COLUMNS);
        asked.forEach(q -> columns.add(q.column()));
        return new ImportDefinition<>() {
            @Override
            public String entity() {
                return "CensusReturn";
            }

            @Override
            public String title() {
                return "摸底排查填报";
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public Row parse(ImportRow row) {
                return CensusReturnImport.this.parse(censusId, asked, row);
            }

            @Override
            public Object key(Row row) {
                return "工会编号 " + row.unionId();
            }

            @Override
            public ImportCounts write(List<Row> rows) {
                return CensusReturnImport.this.write(censusId, rows);
            }
        };
    }

    private Row parse(long censusId, List<CensusQuestion> asked, ImportRow row) {
        Integer unionId = row.integer("unionId", 1, Integer.MAX_VALUE);
        var answers = new CensusAnswers(row.yesNo("hasCommittee"), row.integer("committeeSize", 0, 999),
                row.date("termStartsOn"), row.date("termEndsOn"), row.integer("members", 0, 10_000_000),
                row.integer("employees", 0, 10_000_000), row.yesNo("hasWorkersHome"), row.yesNo("holdsCongress"),
                row.text("problems", 1000), CreditCodes.normalize(row.text("employerCreditCode")));
        Map<String, BigDecimal> answered = new LinkedHashMap<>();
        for (CensusQuestion q : asked) {
            BigDecimal v = q.read(row);
            if (v != null) {
                answered.put(q.code(), v);
            }
        }
        if (unionId == null) {
            return null;
        }
        var existing = returns.findByCensusIdAndUnionId(censusId, unionId);
        if (existing.isEmpty()) {
            row.error("工会编号" + unionId + "不在本次摸底排查的范围内或不在您的管辖范围内");
        } else if (existing.get().getStatus() == ReturnStatus.APPROVED) {
            row.error("工会编号" + unionId + "的填报已审核，不能再修改");
        }
        CensusService.problems(answers).forEach(row::error);
        if (!row.hasErrors()) {
            CensusQuestions.problems(asked, answered).forEach(row::error);
        }
        String refusal = asked.isEmpty() || existing.isEmpty() ? null : service.refusal(censusId, unionId);
        if (refusal != null) {
            row.error(refusal);
        }
        if (answers.employerCreditCode() != null && CreditCodes.problem(answers.employerCreditCode()) != null) {
            row.error("所在单位" + CreditCodes.problem(answers.employerCreditCode()));
        }
        return new Row(unionId, answers, answered);
    }

    private ImportCounts write(long censusId, List<Row> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            CensusReturn r = returns.findByCensusIdAndUnionId(censusId, row.unionId()).orElseThrow();
            if (r.getStatus() == ReturnStatus.PENDING) {
                created++;
            } else if (r.answers().equals(row.answers()) && sameAnswers(questions.answers(r.getId()), row.asked())) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            service.submit(censusId, row.unionId(), row.answers(), row.asked());
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private static boolean sameAnswers(Map<String, BigDecimal> saved, Map<String, BigDecimal> given) {
        return saved.size() == given.size()
                && given.entrySet().stream().allMatch(e -> saved.get(e.getKey()) != null && saved.get(e.getKey()).compareTo(e.getValue()) == 0);
    }
}
