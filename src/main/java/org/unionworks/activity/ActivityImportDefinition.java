package org.unionworks.activity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** Study sessions, trainings and contests from a spreadsheet. */
@Component
class ActivityImportDefinition implements ImportDefinition<ActivityImportDefinition.Row> {

    record Row(long unionId, String kind, java.time.LocalDate heldOn, String topic, String organizer, Integer participants,
               String participantList) {
    }

    private final ActivityRepository activities;
    private final Scopes scopes;

    ActivityImportDefinition(ActivityRepository activities, Scopes scopes) {
        this.activities = activities;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "Activity";
    }

    @Override
    public String path() {
        return "/api/activities";
    }

    @Override
    public String permission() {
        return "activity:write";
    }

    @Override
    public String title() {
        return "干部活动";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "工会编号", "100"),
                Column.required("kind", "类别", "业务培训").dict("activity_kind"),
                Column.required("heldOn", "日期", "2026-04-10"),
                Column.required("topic", "主题", "工会经费审查业务培训"),
                Column.optional("organizer", "组织单位", "市总经审办"),
                Column.optional("participants", "参加人数", "80").note("不知道的留空（未知，不按0计；统计时注明）"),
                Column.optional("participantList", "参加人员", ""));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        var heldOn = row.pastDate("heldOn");
        Integer participants = row.integer("participants", 0, 1_000_000);
        Row r = new Row(unionId == null ? 0 : unionId, row.dict("kind"), heldOn, row.text("topic", 200),
                row.text("organizer", 100), participants, row.text("participantList", 2000));
        return unionId == null ? null : r;
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        for (Row r : rows) {
            Activity a = new Activity(r.unionId());
            a.describe(r.kind(), r.heldOn(), r.topic(), r.organizer(), r.participants(), r.participantList(), null);
            activities.save(a);
        }
        activities.flush();
        return new ImportCounts(rows.size(), 0, 0);
    }
}
