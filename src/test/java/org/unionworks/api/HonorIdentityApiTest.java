package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/**
 * Public winner lists without ID numbers (#27 item 2): registered by name and employer, matched later to a member or a
 * registered model worker by a cadre; and a union's own titles (县五一劳动奖章) added by it for its subtree.
 */
class HonorIdentityApiTest extends ApiTestBase {

    private Http admin;
    private Http districtAdmin;
    private long district;
    private long otherDistrict;
    private long factoryUnion;
    private final int year = LocalDate.now(FEDERATION).getYear() - 1;

    @BeforeEach
    void aDistrict() {
        admin = admin();
        district = district(admin, unique("名单区"));
        otherDistrict = district(admin, unique("邻区"));
        factoryUnion = createOrg(admin, district, unique("机床厂工会"), "GRASSROOTS", "ENTERPRISE");
        districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("hd"));
    }

    private long localTitle(String name) {
        var r = districtAdmin.post("/api/honor-titles", Map.of("name", name, "level", "DISTRICT", "kind", "INDIVIDUAL",
                "awardingBody", "区总工会", "conferringUnionId", district));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aUnionAddsItsOwnTitlesForItsSubtreeOnly() {
        String name = unique("区五一劳动奖章");
        localTitle(name);
        assertThat(districtAdmin.post("/api/honor-titles", Map.of("name", unique("市级称号"), "level", "CITY", "kind", "INDIVIDUAL",
                "awardingBody", "市总工会")).status()).as("the city-wide catalogue needs honor:catalogue").isEqualTo(403);
        assertThat(districtAdmin.post("/api/honor-titles", Map.of("name", unique("越级"), "level", "CITY", "kind", "INDIVIDUAL",
                "awardingBody", "区总工会", "conferringUnionId", district)).text()).contains("区县级");
        assertThat(districtAdmin.post("/api/honor-titles", Map.of("name", unique("越权"), "level", "DISTRICT", "kind", "INDIVIDUAL",
                "awardingBody", "邻区总工会", "conferringUnionId", otherDistrict)).status()).isIn(403, 404);
        assertThat(districtAdmin.post("/api/honor-titles", Map.of("name", name, "level", "DISTRICT", "kind", "INDIVIDUAL",
                "awardingBody", "区总工会", "conferringUnionId", district)).status()).isEqualTo(409);

        JsonNode seen = districtAdmin.get("/api/honor-titles").json();
        assertThat(seen.valueStream().filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow()
                .get("conferringUnionId").asLong()).isEqualTo(district);
        Http neighbour = userAt(admin, otherDistrict, "DISTRICT_ADMIN", unique("hn"));
        assertThat(neighbour.get("/api/honor-titles").text()).as("another district's own title").doesNotContain(name);
        String sheet = "工会编号,类型,姓名/集体名称,身份证号,工作单位,荣誉称号,获得年份\n"
                + otherDistrict + ",个人,邻区人," + People.idNumber() + ",邻区厂," + name + "," + year + "\n";
        assertThat(admin.importFile("/api/honorees/import", "h.csv", sheet.getBytes(StandardCharsets.UTF_8)).text())
                .as("a district's own title is not conferred outside it").contains("不在目录中");
    }

    @Test
    void winnersWithoutIdNumbersAreMatchedByACadre() {
        String title = unique("区技术能手");
        localTitle(title);
        long employer = admin.post("/api/employers", EmployerApiTest.employer(factoryUnion, "机床厂有限公司", creditCode(), 300))
                .json().get("id").asLong();
        String memberId = People.idNumber();
        Map<String, Object> member = MemberApiTest.member(factoryUnion, "王冠", memberId);
        member.put("employerId", employer);
        var m = admin.post("/api/members", member);
        assertThat(m.status()).as(m.toString()).isEqualTo(201);
        String knownId = People.idNumber();
        var known = admin.post("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", "李焊", "idNumber", knownId,
                "employerName", "机床厂"));
        assertThat(known.status()).as(known.toString()).isEqualTo(201);

        String sheet = "工会编号,类型,姓名/集体名称,身份证号,工作单位,职务岗位,荣誉称号,获得年份\n"
                + district + ",个人,王冠,,机床厂,车工," + title + "," + year + "\n"
                + district + ",个人,李焊,,机床厂,焊工," + title + "," + year + "\n"
                + district + ",个人,无单位,,,,"+ title + "," + year + "\n";
        var imported = districtAdmin.importFile("/api/honorees/import?mode=VALID_ONLY", "winners.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("created").asInt()).as(imported.toString()).isEqualTo(2);
        assertThat(imported.text()).contains("须填写工作单位");
        assertThat(districtAdmin.importFile("/api/honorees/import", "winners.csv", ("工会编号,类型,姓名/集体名称,身份证号,工作单位,荣誉称号,获得年份\n"
                + district + ",个人,王冠,,机床厂," + title + "," + year + "\n").getBytes(StandardCharsets.UTF_8)).json().get("created").asInt())
                .as("the same winner again is the same record").isZero();

        JsonNode figures = admin.get("/api/figures?under=" + district + "&keys=honor.honorees").json();
        assertThat(MemberApiTest.value(figures, "honor.honorees")).isEqualTo(2);
        assertThat(MemberApiTest.find(figures, "honor.honorees").get("caveat").asString()).contains("其中2人尚未核实身份证号");
        JsonNode review = districtAdmin.get("/api/honorees/unidentified?under=" + district).json();
        assertThat(review.get("total").asLong()).isEqualTo(2);
        JsonNode wang = review.get("items").valueStream().filter(u -> u.get("name").asString().equals("王冠")).findFirst().orElseThrow();
        JsonNode candidate = wang.get("candidates").get(0);
        assertThat(candidate.get("kind").asString()).isEqualTo("MEMBER");
        assertThat(candidate.get("sameEmployer").asBoolean()).as("机床厂 is 机床厂有限公司").isTrue();
        assertThat(candidate.get("idNumber").asString()).doesNotContain(memberId.substring(6, 14));
        var identified = districtAdmin.post("/api/honorees/" + wang.get("id").asLong() + "/identify", Map.of("kind", "MEMBER",
                "candidateId", candidate.get("id").asLong(), "version", wang.get("version").asLong()));
        assertThat(identified.status()).as(identified.toString()).isEqualTo(200);
        assertThat(admin.get("/api/honorees/" + wang.get("id").asLong()).text()).contains(memberId.substring(0, 3));

        JsonNode li = review.get("items").valueStream().filter(u -> u.get("name").asString().equals("李焊")).findFirst().orElseThrow();
        JsonNode registered = li.get("candidates").valueStream().filter(c -> c.get("kind").asString().equals("HONOREE")).findFirst()
                .orElseThrow();
        Map<String, Object> merge = new HashMap<>(Map.of("kind", "HONOREE", "candidateId", registered.get("id").asLong(),
                "version", li.get("version").asLong() + 5));
        assertThat(districtAdmin.post("/api/honorees/" + li.get("id").asLong() + "/identify", merge).status()).isEqualTo(409);
        merge.put("version", li.get("version").asLong());
        assertThat(districtAdmin.post("/api/honorees/" + li.get("id").asLong() + "/identify", merge).status()).isEqualTo(200);
        assertThat(admin.get("/api/honorees/" + registered.get("id").asLong()).text()).as("the honor moved").contains(title);
        assertThat(admin.get("/api/honorees?under=" + district + "&q=李焊").json().get("total").asLong()).isEqualTo(1);

        JsonNode after = admin.get("/api/figures?under=" + district + "&keys=honor.honorees").json();
        assertThat(MemberApiTest.value(after, "honor.honorees")).isEqualTo(2);
        assertThat(MemberApiTest.find(after, "honor.honorees").get("caveat").isNull()).isTrue();
        assertThat(districtAdmin.get("/api/honorees/unidentified?under=" + district).json().get("total").asLong()).isZero();
        assertThat(districtAdmin.post("/api/honorees/" + li.get("id").asLong() + "/identify", merge).status())
                .as("a merged record is not identified twice").isIn(404, 409);
    }
}
