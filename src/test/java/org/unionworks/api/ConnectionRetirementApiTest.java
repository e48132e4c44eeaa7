package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import com.zaxxer.hikari.HikariDataSource;

import tools.jackson.databind.JsonNode;

/**
 * The pool retires connections (after 30 minutes by default), among them the one that ran the
 * migrations. After that every module must still save: on H2 2.4.240 a CHECK constraint with an
 * IN list stayed bound to the migrating session and every insert into its table failed.
 */
class ConnectionRetirementApiTest extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void everyModuleSavesAfterThePoolRetiredItsConnections() {
        Http admin = admin();
        retireEveryConnection();
        String today = LocalDate.now().toString();
        String lastMonth = LocalDate.now().minusDays(30).toString();

        long district = district(admin, unique("退役区"));
        long union = createOrg(admin, district, unique("退役企业工会"), "GRASSROOTS", "ENTERPRISE");
        retireEveryConnection();

        Map<String, Map<String, Object>> creates = new LinkedHashMap<>();
        creates.put("/api/employers", EmployerApiTest.employer(district, unique("退役单位"), creditCode(), 30));
        creates.put("/api/members", MemberApiTest.member(union, "退役会员", People.idNumber()));
        creates.put("/api/honorees", Map.of("unionId", district, "kind", "PERSON", "name", "退役劳模",
                "idNumber", People.idNumber()));
        creates.put("/api/living-standards", Map.of("divisionCode", "440307", "monthlyAmount", 1000,
                "effectiveFrom", "2020-01-01"));
        creates.put("/api/hardship-files", org.unionworks.support.Forms.hardshipFile(union, "440307"));
        creates.put("/api/rights/cases", Map.of("unionId", district, "kind", "WAGE_ARREARS", "employerName", "某厂",
                "workersCount", 3, "acceptedOn", today));
        creates.put("/api/rights/outreach", Map.of("unionId", district, "heldOn", today, "topic", "讲座",
                "kind", "LECTURE", "audienceOnsite", 20, "audienceOnline", 0));
        creates.put("/api/rights/campaigns", Map.of("unionId", district, "name", "专项行动", "startsOn", lastMonth,
                "endsOn", today));
        creates.put("/api/rectifications", Map.of("unionId", district, "source", "AUDIT", "category", "ASSETS",
                "description", "台账不全", "ownerPerson", "王会计", "foundOn", lastMonth, "deadline", today));
        creates.put("/api/rules", Map.of("unionId", district, "title", "报销办法", "category", "FINANCE", "on", today,
                "body", "第一条"));
        creates.put("/api/major-matters", Map.of("unionId", district, "matter", "装修", "matterType", "LARGE_SUM",
                "amount", 500000));
        creates.put("/api/research-rounds", Map.of("unionId", district, "title", "调研", "startsOn", lastMonth,
                "endsOn", today, "visited", "网点", "visitedCount", 2));
        creates.put("/api/activities", Map.of("unionId", district, "kind", "TRAINING", "heldOn", today,
                "topic", "培训", "participants", 10));
        creates.put("/api/work-groups", Map.of("unionId", district, "name", "蹲点组", "members", "张三",
                "stationedUnionId", union, "startsOn", lastMonth));
        creates.put("/api/census", Map.of("unionId", district, "name", unique("摸底"), "startsOn", lastMonth,
                "endsOn", today));
        creates.put("/api/honor-campaigns", Map.of("name", unique("推荐"), "year", LocalDate.now().getYear(),
                "nominateFrom", lastMonth, "nominateTo", today, "quotas", List.of(Map.of("titleId", anyTitle(admin), "quota", 5))));
        creates.put("/api/users", Map.of("username", unique("retire").replace("_", ""), "displayName", "退役测试",
                "unionId", district, "roleIds", List.of(roleId(admin, "VIEWER"))));

        creates.forEach((path, body) -> {
            var r = admin.post(path, body);
            assertThat(r.status()).as(path + " → " + r).isEqualTo(201);
        });
        JsonNode audit = admin.get("/api/audit?size=5").json();
        assertThat(audit.get("total").asLong()).isPositive();
    }

    private static long anyTitle(Http admin) {
        return admin.get("/api/honor-titles").json().get(0).get("id").asLong();
    }

    private void retireEveryConnection() {
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
    }
}
