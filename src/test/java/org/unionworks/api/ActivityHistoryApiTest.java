package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionworks.api.MemberApiTest.part;
import static org.unionworks.api.MemberApiTest.value;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * Last year's study sessions, trainings, worker training and contests entered now (by hand and from a
 * spreadsheet, one moved into the year by a correction): each figure, and its parts by activity kind,
 * equals the sums worked out by hand; this year's records stay out.
 */
class ActivityHistoryApiTest extends ApiTestBase {

    private static final int YEAR = LocalDate.now(FEDERATION).getYear() - 1;

    private static long add(Http admin, long union, String kind, String on, int participants) {
        var r = admin.post("/api/activities", Map.of("unionId", union, "kind", kind, "heldOn", on, "topic", kind + on,
                "participants", participants));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void lastYearsActivitiesAreCountedByKind() {
        Http admin = admin();
        long district = district(admin, unique("活动区"));
        add(admin, district, "STUDY", YEAR + "-03-01", 30);
        add(admin, district, "TRAINING", YEAR + "-05-01", 45);
        add(admin, district, "WORKER_TRAINING", YEAR + "-06-01", 120);
        long moved = add(admin, district, "CONTEST", (YEAR - 1) + "-09-01", 60);
        add(admin, district, "TRAINING", LocalDate.now().toString(), 500);
        String sheet = "工会编号,类别,日期,主题,参加人数\n"
                + district + ",大比武/技能竞赛," + YEAR + "-10-01,焊工技能比武,40\n"
                + district + ",春送岗位/就业服务," + YEAR + "-04-01,春风行动招聘会,200\n"
                + district + ",业务培训," + LocalDate.now().plusDays(2) + ",明天的培训,10\n";
        var imported = admin.importFile("/api/activities/import?mode=VALID_ONLY", "activities.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(2);
        assertThat(imported.text()).contains("不能晚于今天");

        JsonNode saved = admin.get("/api/activities?under=" + district + "&kind=CONTEST&from=" + (YEAR - 1) + "-01-01&to="
                + (YEAR - 1) + "-12-31").json().get("items").get(0);
        Map<String, Object> fix = new HashMap<>(Map.of("kind", "CONTEST", "heldOn", YEAR + "-09-01", "topic", "技能竞赛",
                "participants", 60, "version", saved.get("version").asLong()));
        assertThat(admin.put("/api/activities/" + moved, fix).status()).as("the year was entered wrongly").isEqualTo(200);

        JsonNode f = admin.get("/api/figures?under=" + district + "&from=" + YEAR + "-01-01&to=" + YEAR + "-12-31&on=" + YEAR
                + "-12-31&by=activityKind").json();
        assertThat(value(f, "activity.events")).isEqualTo(6);
        assertThat(value(f, "activity.participants")).as("30 + 45 + 120 + 60 + 40 + 200").isEqualTo(495);
        assertThat(value(f, "activity.studySessions")).isEqualTo(1);
        assertThat(value(f, "activity.trainings")).isEqualTo(1);
        assertThat(value(f, "activity.trainingParticipants")).isEqualTo(45);
        assertThat(value(f, "activity.workerTrainings")).isEqualTo(1);
        assertThat(value(f, "activity.workerTrainees")).isEqualTo(120);
        assertThat(value(f, "activity.contests")).isEqualTo(2);
        assertThat(value(f, "activity.contestants")).isEqualTo(100);
        assertThat(value(f, "activity.jobServices")).isEqualTo(1);
        assertThat(value(f, "activity.jobServiceParticipants")).isEqualTo(200);
        assertThat(part(f, "activity.events", "CONTEST")).isEqualByComparingTo("2");
        assertThat(part(f, "activity.events", "JOB_SERVICE")).isEqualByComparingTo("1");
        assertThat(part(f, "activity.participants", "JOB_SERVICE")).isEqualByComparingTo("200");
        assertThat(part(f, "activity.participants", "TRAINING")).isEqualByComparingTo("45");
        JsonNode before = admin.get("/api/figures?under=" + district + "&from=" + (YEAR - 1) + "-01-01&to=" + (YEAR - 1)
                + "-12-31&keys=activity.contests").json();
        assertThat(value(before, "activity.contests")).as("moved out by the correction").isZero();
    }

    /** A row may name its union by name, short name or credit code; a name two unions share is refused with both. */
    @Test
    void aSpreadsheetMayNameTheUnionByNameOrCreditCode() {
        Http admin = admin();
        String districtName = unique("按名区");
        long district = district(admin, districtName);
        String twin = unique("同名街道工会");
        long a = createOrg(admin, district, twin, "TOWN_FEDERATION", null);
        long b = createOrg(admin, a, twin, "TOWN_FEDERATION", null);
        String sheet = "工会编号,类别,日期,主题,参加人数\n"
                + districtName + ",业务培训," + YEAR + "-03-01,按名称,10\n"
                + twin + ",业务培训," + YEAR + "-03-02,同名,10\n"
                + unique("不存在的工会") + ",业务培训," + YEAR + "-03-03,不存在,10\n"
                + b + ",业务培训," + YEAR + "-03-04,按编号,10\n";
        var imported = admin.importFile("/api/activities/import?mode=VALID_ONLY", "named.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(2);
        assertThat(imported.text()).contains("对应多个工会").contains("编号" + a).contains("编号" + b).contains("不在您的管辖范围内");
        assertThat(admin.get("/api/activities?under=" + district + "&q=" + MemberApiTest.enc("按名称")).json().get("items").get(0)
                .get("unionId").asLong()).isEqualTo(district);
        Http other = userAt(admin, district(admin, unique("他区")), "DISTRICT_ADMIN", unique("other"));
        var outside = other.importFile("/api/activities/import?mode=VALID_ONLY", "named.csv",
                ("工会编号,类别,日期,主题,参加人数\n" + districtName + ",业务培训," + YEAR + "-03-01,越权,10\n").getBytes(StandardCharsets.UTF_8));
        assertThat(outside.json().get("created").asInt()).as("a name outside the subtree is not found").isZero();
        JsonNode picked = admin.get("/api/orgs?q=" + b + "&status=ACTIVE").json();
        assertThat(picked.get("items").valueStream().map(o -> o.get("id").asLong())).as("the picker finds a union by its number")
                .contains(b);
    }

    @Test
    void anActivityWhoseParticipantsAreUnknownIsCountedButNotAsZero() {
        Http admin = admin();
        long district = district(admin, unique("未知区"));
        add(admin, district, "CONTEST", YEAR + "-03-01", 40);
        String sheet = "工会编号,类别,日期,主题,参加人数\n" + district + ",大比武/技能竞赛," + YEAR + "-05-01,往年比武,\n";
        var imported = admin.importFile("/api/activities/import", "old.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        JsonNode f = admin.get("/api/figures?under=" + district + "&from=" + YEAR + "-01-01&to=" + YEAR + "-12-31&on=" + YEAR
                + "-12-31").json();
        assertThat(value(f, "activity.events")).isEqualTo(2);
        assertThat(value(f, "activity.contestants")).isEqualTo(40);
        assertThat(MemberApiTest.find(f, "activity.contestants").get("caveat").asString()).isEqualTo("其中1场活动参加人数未知，未计入");
        assertThat(MemberApiTest.find(f, "activity.participants").get("caveat").asString()).contains("1场");
        assertThat(MemberApiTest.find(f, "activity.trainingParticipants").get("caveat").isNull()).isTrue();
        JsonNode listed = admin.get("/api/activities?under=" + district + "&q=往年比武").json().get("items").get(0);
        assertThat(listed.get("participants").isNull()).isTrue();
        assertThat(admin.get("/api/data-quality/ACTIVITY_PARTICIPANTS_UNKNOWN?under=" + district).json().get("total").asLong())
                .isEqualTo(1);
    }
}
