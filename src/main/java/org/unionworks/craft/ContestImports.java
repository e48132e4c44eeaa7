package org.unionworks.craft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;

/** A contest's participating units and its entrants with their results, imported from the organizers' lists. */
@Component
class ContestImports {

    static final List<Column> UNIT_COLUMNS = List.of(
            Column.required("name", "参赛单位名称", "市第一机床厂"),
            Column.optional("creditCode", "统一社会信用代码", "91330100MA2XXXXX0X").note("填写后与单位库关联（须在您的管辖范围内）"),
            Column.optional("entrants", "参赛人数", "120").note("本单位参加岗位练兵和选拔赛的职工人数；不填则按登记的选手计"));

    static final List<Column> ENTRANT_COLUMNS = List.of(
            Column.required("item", "比武项目", "数控车工").note("须是本竞赛已设的比武项目名称"),
            Column.optional("unit", "参赛单位", "市第一机床厂").note("本竞赛的参赛单位名称；尚未登记的单位将一并登记"),
            Column.required("name", "姓名", "张三"),
            Column.optional("idNumber", "身份证号", "110101199003071234").note("授予称号的选手必填"),
            Column.optional("employerName", "工作单位", "市第一机床厂"),
            Column.optional("post", "岗位", "数控车工"),
            Column.required("stage", "参赛阶段", "决赛").note("岗位练兵、选拔赛（初赛）或决赛"),
            Column.optional("score", "成绩", "95.5"),
            Column.optional("ranking", "名次", "1"),
            Column.optional("prizeTier", "获奖等次", "一等奖").dict("prize_tier"),
            Column.optional("title", "授予称号", "市技术能手").note("劳模库称号目录中的个人称号在结果公布时记入劳模库"),
            Column.optional("gradeUpgrade", "晋升技术等级", "技师").dict("skill_grade"));

    record UnitRow(String name, String creditCode, Integer entrants) {
    }

    record EntrantRow(String item, String unit, ContestEntrant.Entry entry) {
    }

    private final ContestService service;
    private final ContestItemRepository items;
    private final ContestUnitRepository units;
    private final ContestEntrantRepository entrants;

    ContestImports(ContestService service, ContestItemRepository items, ContestUnitRepository units, ContestEntrantRepository entrants) {
        this.service = service;
        this.items = items;
        this.units = units;
        this.entrants = entrants;
    }

    ImportDefinition<UnitRow> units(long contestId) {
        return new ImportDefinition<>() {
            public String entity() { return "ContestUnit"; }
            public String title() { return "参赛单位"; }
            public List<Column> columns() { return UNIT_COLUMNS; }

            public UnitRow parse(ImportRow row) {
                String code = row.text("creditCode");
                if (code != null && !CreditCodes.isValid(code)) {
                    row.error("统一社会信用代码“" + code + "”校验不通过");
                }
                return new UnitRow(row.text("name", 200), code, row.integer("entrants", 0, 10_000_000));
            }

            public Object key(UnitRow r) { return r.name(); }

            public ImportCounts write(List<UnitRow> rows) {
                Map<String, ContestUnit> known = unitsByName(contestId);
                int created = 0;
                int changed = 0;
                for (UnitRow r : rows) {
                    ContestUnit existing = known.get(r.name());
                    service.saveUnit(contestId, existing == null ? null : existing.getId(), existing == null ? null : existing.getVersion(),
                            r.name(), r.creditCode(), existing == null ? null : existing.getUnionId(), r.entrants());
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

    ImportDefinition<EntrantRow> entrants(long contestId) {
        return new ImportDefinition<>() {
            public String entity() { return "ContestEntrant"; }
            public String title() { return "参赛选手和成绩"; }
            public List<Column> columns() { return ENTRANT_COLUMNS; }

            public EntrantRow parse(ImportRow row) {
                String id = IdNumbers.normalize(row.text("idNumber"));
                String problem = id == null ? null : IdNumbers.problem(id, LocalDate.now());
                if (problem != null) {
                    row.error("身份证号：" + problem);
                }
                String stageText = row.text("stage");
                ContestStage stage = ContestStage.of(stageText).orElse(null);
                if (stageText != null && stage == null) {
                    row.error("参赛阶段“" + stageText + "”只能是岗位练兵、选拔赛或决赛");
                }
                BigDecimal score = score(row);
                Integer ranking = row.integer("ranking", 1, 100_000);
                String tier = row.dict("prizeTier");
                String title = row.text("title", 100);
                if (stage != null && stage != ContestStage.FINAL && (tier != null || title != null || ranking != null)) {
                    row.error("只有决赛选手才有名次、获奖等次和称号");
                }
                if (title != null && id == null) {
                    row.error("授予称号的选手须填写身份证号");
                }
                var entry = new ContestEntrant.Entry(0, null, row.text("name", 50), id,
                        id == null || problem != null ? null : IdNumbers.parse(id, LocalDate.now()).sex().name(), row.text("employerName", 200),
                        row.text("post", 100), stage, score, ranking, tier, title, row.dict("gradeUpgrade"));
                return new EntrantRow(row.text("item", 100), row.text("unit", 200), entry);
            }

            public Object key(EntrantRow r) {
                return r.entry().idNumber() == null ? null : r.item() + "/" + r.entry().idNumber();
            }

            public String describeKey(Object key) { return "同一项目的身份证号 " + IdNumbers.mask(key.toString().replaceAll(".*/", "")); }

            public void checkBatch(List<Checked<EntrantRow>> rows) {
                Map<String, ContestItem> known = itemsByName(contestId);
                for (Checked<EntrantRow> r : rows) {
                    if (!known.containsKey(r.value().item())) {
                        r.error("比武项目“" + r.value().item() + "”不是本竞赛的项目（可选：" + String.join("、", known.keySet()) + "）");
                    }
                }
            }

            public ImportCounts write(List<EntrantRow> rows) {
                Map<String, ContestItem> itemIds = itemsByName(contestId);
                Map<String, ContestUnit> unitIds = unitsByName(contestId);
                int created = 0;
                int changed = 0;
                for (EntrantRow r : rows) {
                    long itemId = itemIds.get(r.item()).getId();
                    Long unitId = r.unit() == null ? null : unitIds.computeIfAbsent(r.unit(),
                            n -> service.saveUnit(contestId, null, null, n, null, null, null)).getId();
                    ContestEntrant.Entry e = r.entry();
                    var entry = new ContestEntrant.Entry(itemId, unitId, e.name(), e.idNumber(), e.sex(), e.employerName(), e.post(),
                            e.stage(), e.score(), e.ranking(), e.prizeTier(), e.title(), e.gradeUpgrade());
                    ContestEntrant existing = e.idNumber() == null ? null
                            : entrants.findByItemIdAndIdNumber(itemId, e.idNumber()).orElse(null);
                    service.saveEntrant(contestId, existing == null ? null : existing.getId(),
                            existing == null ? null : existing.getVersion(), entry);
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

    private static BigDecimal score(ImportRow row) {
        String v = row.text("score");
        if (v == null) {
            return null;
        }
        try {
            BigDecimal s = new BigDecimal(v.strip());
            if (s.signum() < 0 || s.compareTo(new BigDecimal("9999.99")) > 0 || s.stripTrailingZeros().scale() > 2) {
                row.error("成绩应在0到9999.99之间，最多两位小数");
                return null;
            }
            return s;
        } catch (NumberFormatException e) {
            row.error("成绩“" + v + "”不是数字");
            return null;
        }
    }

    private Map<String, ContestItem> itemsByName(long contestId) {
        Map<String, ContestItem> byName = new java.util.LinkedHashMap<>();
        items.findByContestIdOrderById(contestId).forEach(i -> byName.put(i.getName(), i));
        return byName;
    }

    private Map<String, ContestUnit> unitsByName(long contestId) {
        Map<String, ContestUnit> byName = new HashMap<>();
        units.findByContestIdOrderById(contestId).forEach(u -> byName.put(u.getName(), u));
        return byName;
    }
}
