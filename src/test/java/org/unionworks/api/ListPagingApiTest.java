package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

import tools.jackson.databind.JsonNode;

/** Every list pages, sorts and filters by union, kind, period and text on the server (#27 item 7). */
class ListPagingApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private long otherDistrict;
    private final LocalDate today = LocalDate.now(FEDERATION);

    @BeforeEach
    void twoDistricts() {
        admin = admin();
        district = district(admin, unique("分页区"));
        otherDistrict = district(admin, unique("邻区"));
    }

    private static long total(JsonNode page) {
        return page.get("total").asLong();
    }

    /** A typed % or _ is a character to find, not a wildcard (the union picker once listed every union for "%"). */
    @Test
    void aTypedPercentOrUnderscoreIsTakenLiterally() {
        String name = "百分之百" + unique("工会");
        createOrg(admin, district, name, "GRASSROOTS", "ENTERPRISE");
        assertThat(admin.get("/api/orgs?under=" + district + "&q=%25").json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/orgs?under=" + district + "&q=百_之").json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/orgs?under=" + district + "&q=百分之").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/research-rounds?under=" + district + "&q=%25").json().get("total").asLong()).isZero();
        for (String list : new String[] {"/api/contests", "/api/studios", "/api/innovations", "/api/rights/cases", "/api/honorees",
                "/api/hardship-files"}) {
            assertThat(admin.get(list + "?q=%25").json().get("total").asLong()).as(list).isZero();
        }
        assertThat(new org.unionworks.support.Http(port).get("/api/public/unions?q=%25").json()).isEmpty();
    }

    @Test
    void majorMattersPageAndFilterByUnionTypePeriodTextAndWarning() {
        for (int i = 0; i < 3; i++) {
            admin.post("/api/major-matters", Map.of("unionId", district, "matter", "大额采购" + i, "matterType", "LARGE_SUM",
                    "amount", 500000));
        }
        admin.post("/api/major-matters", Map.of("unionId", district, "matter", "任命副主席", "matterType", "APPOINTMENT",
                "meeting", "党组会", "decidedOn", today.minusDays(40).toString(), "decision", "同意"));
        admin.post("/api/major-matters", Map.of("unionId", otherDistrict, "matter", "邻区采购", "matterType", "LARGE_SUM",
                "amount", 500000));

        JsonNode first = admin.get("/api/major-matters?under=" + district + "&size=2&page=1&sort=matter,asc").json();
        assertThat(total(first)).isEqualTo(4);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("matter").asString()).isEqualTo("任命副主席");
        assertThat(total(admin.get("/api/major-matters?under=" + district + "&type=APPOINTMENT").json())).isEqualTo(1);
        assertThat(total(admin.get("/api/major-matters?under=" + district + "&flaggedOnly=true").json())).isEqualTo(3);
        assertThat(total(admin.get("/api/major-matters?under=" + district + "&q=采购").json())).isEqualTo(3);
        assertThat(total(admin.get("/api/major-matters?under=" + district + "&from=" + today.minusDays(60) + "&to="
                + today.minusDays(30)).json())).isEqualTo(1);
        assertThat(admin.get("/api/major-matters/export?under=" + district + "&flaggedOnly=true").status()).isEqualTo(200);
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("pg"));
        assertThat(total(districtAdmin.get("/api/major-matters").json())).isEqualTo(4);
        assertThat(districtAdmin.get("/api/major-matters?under=" + otherDistrict).status()).isEqualTo(404);
    }

    @Test
    void researchRoundsWorkGroupsAndRightsCampaignsPageAndFilter() {
        for (int i = 0; i < 3; i++) {
            admin.post("/api/research-rounds", Map.of("unionId", district, "title", "入会调研" + i,
                    "startsOn", today.minusDays(10 * i + 1).toString(), "endsOn", today.minusDays(10 * i).toString()));
            admin.post("/api/work-groups", Map.of("unionId", district, "name", "蹲点组" + i, "members", "张三",
                    "stationedUnionId", district, "startsOn", today.minusDays(10 * i).toString()));
            admin.post("/api/rights/campaigns", Map.of("unionId", district, "name", "根治欠薪" + i,
                    "startsOn", today.minusDays(10 * i).toString(), "endsOn", today.plusDays(30).toString()));
        }
        for (String list : new String[] {"/api/research-rounds", "/api/work-groups", "/api/rights/campaigns"}) {
            JsonNode page = admin.get(list + "?under=" + district + "&size=2").json();
            assertThat(total(page)).as(list).isEqualTo(3);
            assertThat(page.get("items")).as(list).hasSize(2);
            assertThat(total(admin.get(list + "?under=" + district + "&q=1").json())).as(list).isEqualTo(1);
            assertThat(total(admin.get(list + "?under=" + district + "&from=" + today.minusDays(15)).json())).as(list).isEqualTo(2);
            assertThat(total(admin.get(list + "?under=" + otherDistrict).json())).as(list).isZero();
            assertThat(admin.get(list + "?sort=passwordHash").status()).as(list).isEqualTo(400);
        }
    }

    @Test
    void honorCampaignsAndAllowancesPage() {
        int year = today.getYear();
        long title = admin.get("/api/honor-titles").json().get(0).get("id").asLong();
        for (int i = 0; i < 3; i++) {
            var created = admin.post("/api/honor-campaigns", Map.of("name", unique("分页评选" + i), "year", year - i,
                    "nominateFrom", today.toString(), "nominateTo", today.plusDays(10).toString(), "quotas", java.util.List.of(Map.of("titleId", title, "quota", 5))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        JsonNode page = admin.get("/api/honor-campaigns?size=2&q=分页评选").json();
        assertThat(total(page)).isGreaterThanOrEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(admin.get("/api/honor-campaigns?q=分页评选&year=" + (year - 2)).json().get("items").valueStream()
                .allMatch(c -> c.get("year").asInt() == year - 2)).isTrue();
        JsonNode payments = admin.get("/api/allowances?size=1&q=不存在的人").json();
        assertThat(total(payments)).isZero();
        assertThat(payments.get("items")).isEmpty();
    }
}
