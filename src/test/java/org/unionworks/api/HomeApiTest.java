package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** The home page's two answers: 待办 as one list of links, and the figures beside 上年同期 in one request. */
class HomeApiTest extends ApiTestBase {

    private static Map<String, JsonNode> byKind(JsonNode todo) {
        Map<String, JsonNode> out = new HashMap<>();
        todo.forEach(t -> out.put(t.get("kind").asString(), t));
        return out;
    }

    @Test
    void theTodoListCountsWhatWaitsInTheUsersSubtreeAndLinksToTheFilteredList() {
        Http admin = admin();
        long east = district(admin, unique("待办东区"));
        long west = district(admin, unique("待办西区"));
        long eastUnion = createOrg(admin, east, unique("东区工会"), "GRASSROOTS", "ENTERPRISE");
        long westUnion = createOrg(admin, west, unique("西区工会"), "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/orgs/" + westUnion + "/terms", Map.of("startsOn", LocalDate.now().minusYears(4).toString(),
                "lengthYears", 3, "chairName", "张三"));
        Http eastAdmin = userAt(admin, east, "DISTRICT_ADMIN", unique("todoeast"));
        Http westAdmin = userAt(admin, west, "DISTRICT_ADMIN", unique("todowest"));
        long m = MemberApiTest.register(eastAdmin, eastUnion, "转接人", People.idNumber());
        assertThat(eastAdmin.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "调动"))
                .status()).isEqualTo(201);
        assertThat(admin.post("/api/reminders/refresh", Map.of()).status()).isEqualTo(200);

        Map<String, JsonNode> westTodo = byKind(westAdmin.get("/api/todo").json());
        assertThat(westTodo.get("TRANSFER_PENDING").get("count").asLong()).isEqualTo(1);
        assertThat(westTodo.get("TRANSFER_PENDING").get("link").asString()).isEqualTo("/transfers?direction=in&status=PENDING");
        assertThat(westTodo.get("TERM_OVERDUE").get("count").asLong()).isEqualTo(1);
        assertThat(westTodo.get("TERM_OVERDUE").get("text").asString()).isEqualTo("任期已满未换届");
        assertThat(westTodo.get("TERM_OVERDUE").get("link").asString()).isEqualTo("/terms?tab=expired");

        Map<String, JsonNode> eastTodo = byKind(eastAdmin.get("/api/todo").json());
        assertThat(eastTodo).as("nothing waits in the sending district, and nothing is listed at zero")
                .doesNotContainKeys("TRANSFER_PENDING", "TERM_OVERDUE");
        assertThat(eastTodo.values()).allSatisfy(t -> assertThat(t.get("count").asLong()).isPositive());
    }

    @Test
    void theFiguresComeWithLastYearsValueInOneAnswer() {
        Http admin = admin();
        long district = district(admin, unique("同比区"));
        LocalDate today = LocalDate.now();
        createOrg(admin, district, unique("新工会"), "GRASSROOTS", "ENTERPRISE");
        JsonNode answer = admin.get("/api/figures/year-on-year?under=" + district + "&keys=org.grassroots,org.newUnions").json();
        assertThat(answer).hasSize(2);
        Map<String, JsonNode> byKey = new HashMap<>();
        answer.forEach(a -> byKey.put(a.get("figure").get("key").asString(), a));
        JsonNode grassroots = byKey.get("org.grassroots");
        assertThat(grassroots.get("figure").get("name").asString()).isEqualTo("基层工会数");
        assertThat(grassroots.get("figure").get("value").asLong()).isEqualTo(1);
        assertThat(grassroots.get("lastYear").asLong()).as("not founded a year ago").isZero();
        LocalDate ago = today.minusYears(1);
        JsonNode lastYear = admin.get("/api/figures?under=" + district + "&keys=org.newUnions&on=" + ago + "&from="
                + ago.withDayOfYear(1) + "&to=" + ago).json();
        assertThat(byKey.get("org.newUnions").get("lastYear").asLong()).isEqualTo(lastYear.get(0).get("value").asLong());
    }
}
