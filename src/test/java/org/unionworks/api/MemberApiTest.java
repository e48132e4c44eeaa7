package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** The member register: registration rules, search, masking, status history, figures, import and export. */
class MemberApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private long union;

    @BeforeEach
    void aUnion() {
        admin = admin();
        district = district(admin, unique("会员区"));
        union = createOrg(admin, district, unique("会员公司工会"), "GRASSROOTS", "ENTERPRISE");
    }

    static Map<String, Object> member(long unionId, String name, String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("unionId", unionId);
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("joinedOn", "2020-05-01");
        body.put("phone", "13800138000");
        body.put("ethnicity", "01");
        return body;
    }

    static long register(Http http, long unionId, String name, String idNumber) {
        var r = http.post("/api/members", member(unionId, name, idNumber));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A register of more than 10,000 is not counted to the end on every page: the total says "10,000 or more". */
    @Test
    void aListOfMoreThanTenThousandMembersIsCountedOnlyToTenThousand() {
        StringBuilder csv = new StringBuilder("姓名,身份证号,所属工会编号,入会时间\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("多页").append(i).append(',').append(People.idNumber()).append(',').append(union).append(",2020-05-01\n");
        }
        var imported = admin.importFile("/api/members/import", "many.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(10_050);

        JsonNode page = admin.get("/api/members?under=" + union + "&page=2&size=20").json();
        assertThat(page.get("total").asLong()).isEqualTo(10_000);
        assertThat(page.get("totalCapped").asBoolean()).isTrue();
        assertThat(page.get("items").size()).isEqualTo(20);
        List<Long> ids = page.get("items").valueStream().map(m -> m.get("id").asLong()).toList();
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // 多页1, 多页10-19, 多页100-199, 多页1000-1999 and 多页10000-10049
        JsonNode narrowed = admin.get("/api/members?under=" + union + "&q=" + java.net.URLEncoder.encode("多页1", java.nio.charset.StandardCharsets.UTF_8)
                + "&page=3&size=20").json();
        assertThat(narrowed.get("total").asLong()).isEqualTo(1 + 10 + 100 + 1000 + 50);
        assertThat(narrowed.get("totalCapped").asBoolean()).isFalse();
        assertThat(narrowed.get("items").size()).isEqualTo(20);
        JsonNode one = admin.get("/api/members?under=" + union + "&q=" + java.net.URLEncoder.encode("多页10049", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("items").get(0).get("name").asString()).isEqualTo("多页10049");
    }

    @Test
    void registersAMemberWithBirthDateAndSexFromTheIdNumberAndShowsThemMasked() {
        String id = People.idNumber(LocalDate.of(1988, 12, 30), true);
        var r = admin.post("/api/members", member(union, "李娜", id));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode m = r.json();
        assertThat(m.get("birthDate").asString()).isEqualTo("1988-12-30");
        assertThat(m.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(m.get("idNumber").asString()).isEqualTo(id.substring(0, 3) + "***********" + id.substring(14));
        assertThat(m.get("phone").asString()).isEqualTo("138****8000");
        assertThat(m.get("status").asString()).isEqualTo("ACTIVE");

        var revealed = admin.post("/api/members/" + m.get("id").asLong() + "/reveal", Map.of());
        assertThat(revealed.json().get("idNumber").asString()).isEqualTo(id);
        JsonNode audit = admin.get("/api/audit?entity=Member&action=REVEAL&size=50").json();
        assertThat(audit.get("items").valueStream().map(e -> e.get("entityId").asString()))
                .contains(m.get("id").asString());
        Http viewer = userAt(admin, district, "DISTRICT_ADMIN", unique("nr"));
        assertThat(viewer.post("/api/members/" + m.get("id").asLong() + "/reveal", Map.of()).status()).isEqualTo(403);

        String fullWidth = People.idNumber().chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
                .reduce("", String::concat);
        var wide = admin.post("/api/members", member(union, "全角", fullWidth + " "));
        assertThat(wide.status()).as("full-width digits and a trailing space are normalized").isEqualTo(201);
    }

    @Test
    void refusesBadMembersWithAMessageForEachFieldAndWritesNothing() {
        String good = People.idNumber();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        var r = admin.post("/api/members", member(union, "王五", wrongCheck));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("校验位错误");

        Map<String, Object> bad = member(union, "王五", People.idNumber(LocalDate.now().minusYears(15), false));
        bad.put("phone", "12345");
        bad.put("ethnicity", "99");
        var many = admin.post("/api/members", bad);
        assertThat(many.text()).contains("入会时应年满16周岁").contains("手机号").contains("民族代码");

        Map<String, Object> future = member(union, "赵六", People.idNumber());
        future.put("joinedOn", LocalDate.now().plusDays(1).toString());
        assertThat(admin.post("/api/members", future).text()).contains("入会时间不能晚于今天");

        assertThat(admin.post("/api/members", member(union, "名".repeat(51), People.idNumber())).text()).contains("姓名不能超过50个字符");
        assertThat(admin.post("/api/members", member(district, "钱七", People.idNumber())).text()).contains("须登记在基层工会");
        assertThat(admin.get("/api/members?under=" + union).json().get("total").asLong()).isZero();
    }

    @Test
    void aPersonIsAMemberOfOneUnionAtATime() {
        String id = People.idNumber();
        register(admin, union, "孙八", id);
        long other = createOrg(admin, district, unique("另一工会"), "GRASSROOTS", "ENTERPRISE");
        var twice = admin.post("/api/members", member(other, "孙八", id));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.text()).contains("已是“").contains("会员转接");

        long elsewhere = createOrg(admin, district(admin, unique("别区")), unique("别区工会"), "GRASSROOTS", "ENTERPRISE");
        Http otherAdmin = userAt(admin, elsewhere, "DISTRICT_ADMIN", unique("oa"));
        var hidden = otherAdmin.post("/api/members", member(elsewhere, "孙八", id));
        assertThat(hidden.text()).as("another district's union is not named").contains("不能在本工会登记").doesNotContain("会员公司工会");
    }

    @Test
    void searchFindsByNamePrefixIdNumberItsLastDigitsPhoneAndCard() {
        String id = People.idNumber(LocalDate.of(1975, 1, 2), false);
        Map<String, Object> body = member(union, "欧阳明", id);
        body.put("phone", "13912345678");
        body.put("cardNo", "UW" + unique("").replace("_", ""));
        long m = admin.post("/api/members", body).json().get("id").asLong();
        register(admin, union, "欧阳红", People.idNumber());
        register(admin, union, "张伟", People.idNumber());
        String base = "/api/members?under=" + union + "&q=";

        JsonNode ouyang = admin.get(base + enc("欧阳")).json();
        assertThat(ouyang.get("total").asLong()).isEqualTo(2);
        assertThat(ouyang.get("items").get(0).get("id").asLong()).as("newest first").isGreaterThan(ouyang.get("items").get(1).get("id").asLong());
        JsonNode oldestFirst = admin.get(base + enc("欧阳") + "&sort=id,asc").json();
        assertThat(oldestFirst.get("items").get(0).get("id").asLong()).isEqualTo(m);
        assertThat(admin.get(base + id).json().get("items").get(0).get("id").asLong()).isEqualTo(m);
        assertThat(admin.get(base + id.substring(12)).json().get("items").get(0).get("id").asLong()).isEqualTo(m);
        assertThat(admin.get(base + "13912345678").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get(base + body.get("cardNo")).json().get("total").asLong()).isEqualTo(1);
        JsonNode sorted = admin.get("/api/members?under=" + union + "&sort=name,asc&size=2&page=1").json();
        assertThat(sorted.get("total").asLong()).isEqualTo(3);
        assertThat(sorted.get("items")).hasSize(2);
        assertThat(admin.get("/api/members?under=" + union + "&status=NOPE").status()).isEqualTo(400);
        var badSort = admin.get("/api/members?under=" + union + "&sort=nosuch,asc");
        assertThat(badSort.status()).as(badSort.toString()).isEqualTo(400);
        assertThat(badSort.toString()).contains("不支持按“nosuch”排序");
        // Spring Data reads idCard as id.card and names only "card"; the message names what was asked
        assertThat(admin.get("/api/members?under=" + union + "&sort=idCard,asc").toString()).contains("不支持按“idCard”排序");
    }

    /**
     * A masked ID number and the birth date beside it left about six candidates, and the search box
     * confirmed the right one. Without member:reveal neither is possible; with it the search is audited.
     */
    @Test
    void aMaskedIdNumberCannotBeRebuiltWithoutTheRevealPermission() {
        String id = People.idNumber(LocalDate.of(1982, 6, 15), true);
        Map<String, Object> body = member(union, "重建测试", id);
        body.put("phone", "13712345670");
        long m = admin.post("/api/members", body).json().get("id").asLong();
        Http viewer = userAt(admin, union, "VIEWER", unique("viewer"));
        String base = "/api/members?under=" + union + "&q=";

        JsonNode seen = viewer.get("/api/members/" + m).json();
        assertThat(seen.get("idNumber").asString()).isEqualTo(id.substring(0, 3) + "*".repeat(11) + id.substring(14));
        assertThat(seen.get("birthDate").isNull()).as("the birth date is 8 of the hidden digits").isTrue();
        assertThat(viewer.get(base + id).status()).as("a full ID number confirms a guess").isEqualTo(400);
        assertThat(viewer.get(base + "13712345670").status()).as("so does a full phone number").isEqualTo(400);
        assertThat(viewer.get(base + id.substring(8)).json().get("total").asLong()).as("10 digits: no ID match").isZero();
        assertThat(viewer.get(base + id.substring(12)).json().get("items").get(0).get("id").asLong())
                .as("the last 6 still find").isEqualTo(m);
        assertThat(viewer.get("/api/members?under=" + union + "&sort=birthDate").status()).isEqualTo(400);

        assertThat(admin.get("/api/members/" + m).json().get("birthDate").asString()).isEqualTo("1982-06-15");
        assertThat(admin.get(base + id).json().get("total").asLong()).isEqualTo(1);
        JsonNode audit = admin.get("/api/audit?action=REVEAL&entity=Member&size=5").json();
        assertThat(audit.get("items").valueStream().map(a -> a.get("summary").asString()))
                .anyMatch(summary -> summary.startsWith("按证件号查询会员"));
    }

    @Test
    void statusChangesFollowTheMembershipRulesAndAreKeptAsHistory() {
        String id = People.idNumber();
        long m = register(admin, union, "周九", id);
        var reserve = admin.post("/api/members/" + m + "/status", Map.of("action", "RESERVE", "on", "2025-03-01", "reason", "失业"));
        assertThat(reserve.json().get("status").asString()).as(reserve.toString()).isEqualTo("RESERVED");
        assertThat(admin.post("/api/members/" + m + "/status", Map.of("action", "RESERVE", "on", "2025-03-02", "reason", "x"))
                .status()).isEqualTo(409);
        admin.post("/api/members/" + m + "/status", Map.of("action", "RESUME", "on", "2025-06-01", "reason", "再就业"));
        var retire = admin.post("/api/members/" + m + "/status", Map.of("action", "RETIRE", "on", "2025-09-01", "reason", "到龄退休"));
        assertThat(retire.json().get("status").asString()).as("a retired member keeps the membership").isEqualTo("ACTIVE");
        var withdraw = admin.post("/api/members/" + m + "/status", Map.of("action", "WITHDRAW", "on", "2025-10-01", "reason", "本人申请"));
        assertThat(withdraw.json().get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode history = admin.get("/api/members/" + m + "/history").json();
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("reason").asString()).startsWith("退会");

        long other = createOrg(admin, district, unique("新单位工会"), "GRASSROOTS", "ENTERPRISE");
        assertThat(admin.post("/api/members", member(other, "周九", id)).status())
                .as("after leaving, the person may join another union").isEqualTo(201);
        assertThat(admin.get("/api/members?under=" + union).json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/members?under=" + union + "&status=ALL").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void membersFollowTheirEmployerAndUnionWhenTheyClose() {
        long employer = EmployerApiTest.createEmployer(admin, district, unique("关停厂"), 40);
        admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", "2021-01-01"));
        Map<String, Object> body = member(union, "吴十", People.idNumber());
        body.put("employerId", employer);
        long m = admin.post("/api/members", body).json().get("id").asLong();
        long stays = register(admin, union, "郑一", People.idNumber());
        assertThat(admin.post("/api/employers/" + employer + "/close", Map.of("on", "2026-01-31")).status()).isEqualTo(200);
        assertThat(admin.get("/api/members/" + m).json().get("unionId").asLong()).isEqualTo(district);
        assertThat(admin.get("/api/members/" + m + "/history").json().get(0).get("reason").asString()).contains("工作单位注销");
        assertThat(admin.get("/api/members/" + stays).json().get("unionId").asLong()).isEqualTo(union);

        long merged = createOrg(admin, district, unique("被合并工会"), "GRASSROOTS", "ENTERPRISE");
        long moved = register(admin, merged, "冯二", People.idNumber());
        admin.post("/api/orgs/" + merged + "/merge", Map.of("intoId", union, "on", "2026-02-01", "reason", "合并"));
        assertThat(admin.get("/api/members/" + moved).json().get("unionId").asLong()).isEqualTo(union);
    }

    @Test
    void memberFiguresCountWomenMigrantsNewMembersAndTheRateOnAnyDate() {
        long employer = EmployerApiTest.createEmployer(admin, district, unique("百人厂"), 100);
        admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", "2020-01-01"));
        Map<String, Object> woman = member(union, "陈红", People.idNumber(LocalDate.of(1992, 5, 5), true));
        woman.put("joinedOn", "2024-03-01");
        woman.put("migrantWorker", true);
        admin.post("/api/members", woman);
        Map<String, Object> man = member(union, "陈刚", People.idNumber());
        man.put("joinedOn", "2025-07-01");
        man.put("newFormKind", "DELIVERY");
        long left = admin.post("/api/members", man).json().get("id").asLong();
        admin.post("/api/members/" + left + "/status", Map.of("action", "WITHDRAW", "on", "2026-01-15", "reason", "离职"));

        JsonNode end2025 = admin.get("/api/figures?under=" + union + "&on=2025-12-31&from=2025-01-01&to=2025-12-31").json();
        assertThat(value(end2025, "member.total")).isEqualTo(2);
        assertThat(value(end2025, "member.women")).isEqualTo(1);
        assertThat(value(end2025, "member.migrant")).isEqualTo(1);
        assertThat(value(end2025, "member.newForm")).isEqualTo(1);
        assertThat(value(end2025, "member.newMembers")).isEqualTo(1);
        assertThat(find(end2025, "member.membershipRate").get("value").decimalValue()).isEqualByComparingTo("2.0");
        JsonNode now = admin.get("/api/figures?under=" + union).json();
        assertThat(value(now, "member.total")).as("the withdrawn member no longer counts").isEqualTo(1);
        JsonNode early = admin.get("/api/figures?under=" + union + "&on=2024-01-01").json();
        assertThat(value(early, "member.total")).isZero();
    }

    @Test
    void importUpsertsByIdNumberAndReportsEveryBadRow() throws Exception {
        String a = People.idNumber();
        String b = People.idNumber(LocalDate.of(1985, 8, 8), true);
        String c = People.idNumber();
        String head = "姓名,身份证号,所属工会编号,民族,是否农民工,手机号,入会时间\n";
        String rows = "甲," + a + "," + union + ",汉族,否,13800000001,2021-01-01\n"
                + "乙," + b + "," + union + ",,是,,2021-02-01\n"
                + "丙," + c + "," + union + ",,,,2021-03-01\n";
        String bad = "丁," + a.substring(0, 17) + (a.charAt(17) == '1' ? '2' : '1') + "," + union + ",,,,2021-01-01\n"
                + "甲二," + a + "," + union + ",,,,2021-01-01\n";
        var refused = admin.importFile("/api/members/import", "m.csv", (head + rows + bad).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.json().get("status").asString()).as(refused.toString()).isEqualTo("REJECTED");
        assertThat(refused.json().get("failed").asInt()).isEqualTo(2);
        assertThat(refused.text()).contains("校验位错误").contains("与第2行重复");
        assertThat(admin.get("/api/members?under=" + union).json().get("total").asLong()).isZero();

        var first = admin.importFile("/api/members/import?mode=VALID_ONLY", "m.csv", (head + rows + bad).getBytes(StandardCharsets.UTF_8));
        assertThat(first.json().get("created").asInt()).as(first.toString()).isEqualTo(3);
        assertThat(first.json().get("failed").asInt()).isEqualTo(2);
        var again = admin.importFile("/api/members/import", "m.csv", (head + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).as(again.toString()).isEqualTo(3);
        var changed = admin.importFile("/api/members/import", "m.csv",
                (head + rows.replace("13800000001", "13800000002")).getBytes(StandardCharsets.UTF_8));
        assertThat(changed.json().get("updated").asInt()).isEqualTo(1);
        String d = People.idNumber();
        var mixed = admin.importFile("/api/members/import", "m.csv", (head + rows.replace("13800000001", "13800000003")
                + "丁," + d + "," + union + ",,,,2021-04-01\n").getBytes(StandardCharsets.UTF_8));
        assertThat(mixed.json().get("created").asInt()).as("a new row streamed in before a changed one is updated: " + mixed)
                .isEqualTo(1);
        assertThat(mixed.json().get("updated").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/members?under=" + union + "&q=" + d).json().get("total").asLong()).isEqualTo(1);
        JsonNode list = admin.get("/api/members?under=" + union + "&q=" + b).json();
        assertThat(list.get("items").get(0).get("sex").asString()).isEqualTo("FEMALE");
        assertThat(list.get("items").get(0).get("migrantWorker").asBoolean()).isTrue();

        long other = createOrg(admin, district, unique("他会"), "GRASSROOTS", "ENTERPRISE");
        var elsewhere = admin.importFile("/api/members/import", "m.csv",
                (head + "甲," + a + "," + other + ",,,,2021-01-01\n").getBytes(StandardCharsets.UTF_8));
        assertThat(elsewhere.text()).contains("会员转接");
        assertThat(elsewhere.json().get("written").asBoolean()).isFalse();
    }

    @Test
    void exportsMaskedUnlessRevealIsAllowedAndAsked() throws Exception {
        String id = People.idNumber();
        register(admin, union, "=cmd|'/c calc'!A1", id);
        List<List<String>> masked = EmployerApiTest.firstRows(admin.get("/api/members/export?under=" + union).bytes(), 5);
        assertThat(masked.get(0)).contains("姓名", "身份证号", "手机号");
        assertThat(masked.get(1).get(0)).startsWith("'=");
        assertThat(masked.get(1).get(1)).contains("*").doesNotContain(id);
        assertThat(admin.get("/api/members/export?under=" + union + "&reveal=true").text()).as("a purpose is asked for")
                .contains("须说明用途");
        List<List<String>> clear = EmployerApiTest.firstRows(admin.get("/api/members/export?under=" + union + "&reveal=true&purpose="
                + enc("核对会员信息")).bytes(), 5);
        assertThat(clear.get(1).get(1)).isEqualTo(id);
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("ex"));
        assertThat(districtAdmin.get("/api/members/export?under=" + union + "&reveal=true&purpose=x").status()).isEqualTo(403);
        var withoutReveal = districtAdmin.get("/api/members/export?under=" + union);
        assertThat(withoutReveal.status()).isEqualTo(200);
        // the birth date is eight of the masked digits: exported only to those who may see them
        assertThat(masked.get(0).get(3)).isEqualTo("出生日期");
        assertThat(masked.get(1).get(3)).isNotBlank();
        assertThat(EmployerApiTest.firstRows(withoutReveal.bytes(), 5).get(1).get(3)).isBlank();
        assertThat(admin.get("/api/audit?action=REVEAL&entity=Member").json().get("items").valueStream()
                .map(e -> e.get("summary").asString())).anyMatch(sm -> sm.contains("用途：核对会员信息"));
    }

    /** 修改 does not need the full ID number or phone: left empty (or absent) they stay as stored, and nothing is revealed. */
    @Test
    void anEditKeepsTheIdNumberAndPhoneItWasNotGiven() {
        String id = People.idNumber();
        long m = register(admin, union, "改名前", id);
        Map<String, Object> edit = member(union, "改名后", "");
        edit.remove("phone");
        edit.put("version", admin.get("/api/members/" + m).json().get("version").asLong());
        var saved = admin.put("/api/members/" + m, edit);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode revealed = admin.post("/api/members/" + m + "/reveal", Map.of()).json();
        assertThat(revealed.get("idNumber").asString()).isEqualTo(id);
        assertThat(revealed.get("phone").asString()).isEqualTo("13800138000");
        assertThat(admin.get("/api/members/" + m).json().get("name").asString()).isEqualTo("改名后");
        assertThat(admin.post("/api/members", member(union, "无证件", "")).text()).contains("身份证号不能为空");
    }

    /** The district kept on member rows (their distribution key) follows a subtree moved to another district. */
    @Test
    void membersTakeTheirNewDistrictWhenTheirTownMoves(@org.springframework.beans.factory.annotation.Autowired
                                                       org.springframework.jdbc.core.JdbcTemplate jdbc) {
        long a = district(admin, unique("迁出区"));
        long b = district(admin, unique("迁入区"));
        long town = createOrg(admin, a, unique("迁移街道"), "TOWN_FEDERATION", null);
        long g = createOrg(admin, town, unique("迁移公司"), "GRASSROOTS", "ENTERPRISE");
        long m = register(admin, g, "迁移会员", People.idNumber());
        assertThat(jdbc.queryForObject("select district_id from member where id = ?", Long.class, m)).isEqualTo(a);

        assertThat(admin.post("/api/orgs/" + town + "/move", Map.of("newParentId", b)).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select district_id from member where id = ?", Long.class, m)).isEqualTo(b);
        assertThat(value(admin.get("/api/figures?under=" + b).json(), "member.total")).isEqualTo(1);
        assertThat(value(admin.get("/api/figures?under=" + a).json(), "member.total")).isZero();
    }

    static long value(JsonNode figures, String key) {
        return find(figures, key).get("value").asLong();
    }

    /** The part of a broken-down figure for one value code ("" for the part without one). */
    static java.math.BigDecimal part(JsonNode figures, String key, String code) {
        for (JsonNode p : find(figures, key).get("parts")) {
            if ((p.get("code").isNull() ? "" : p.get("code").asString()).equals(code)) {
                return p.get("value").decimalValue();
            }
        }
        throw new AssertionError("no part " + code + " of " + key);
    }

    static JsonNode find(JsonNode figures, String key) {
        for (JsonNode f : figures) {
            if (f.get("key").asString().equals(key)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + key);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
