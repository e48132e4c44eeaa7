package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.CapturedCodes;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import tools.jackson.databind.JsonNode;

/** 会员转接 between two districts, and 网上入会 from the public page to the union's decision. */
class TransferAndJoinApiTest extends ApiTestBase {

    private Http admin;
    private long eastUnion;
    private long westUnion;
    private Http east;
    private Http west;
    private long eastDistrict;
    private long westDistrict;

    @BeforeEach
    void twoDistricts() {
        admin = admin();
        eastDistrict = district(admin, unique("东区"));
        westDistrict = district(admin, unique("西区"));
        eastUnion = createOrg(admin, eastDistrict, unique("东区工会"), "GRASSROOTS", "ENTERPRISE");
        westUnion = createOrg(admin, westDistrict, unique("西区工会"), "GRASSROOTS", "ENTERPRISE");
        east = userAt(admin, eastDistrict, "DISTRICT_ADMIN", unique("east"));
        west = userAt(admin, westDistrict, "DISTRICT_ADMIN", unique("west"));
    }

    @Test
    void theReceivingUnionAcceptsAndTheMemberMovesWithItsHistory() {
        long m = MemberApiTest.register(east, eastUnion, "调动人", People.idNumber());
        east.post("/api/members/" + m + "/status", Map.of("action", "RESERVE", "on", "2025-01-01", "reason", "待岗"));
        var sent = east.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "工作调动"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long t = sent.json().get("id").asLong();
        var twice = east.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("待接收的转接");

        JsonNode incoming = west.get("/api/transfers?direction=in&status=PENDING").json();
        assertThat(incoming.get("items").valueStream().map(i -> i.get("id").asLong())).contains(t);
        assertThat(incoming.get("items").get(0).get("idNumber").asString()).contains("*");
        assertThat(east.get("/api/transfers?direction=out&status=PENDING").json().get("total").asLong()).isEqualTo(1);
        assertThat(west.get("/api/members/" + m).status()).as("not the receiver's member yet").isEqualTo(404);
        assertThat(east.post("/api/transfers/" + t + "/accept", Map.of()).status()).as("the sender cannot accept").isEqualTo(403);
        assertThat(west.post("/api/transfers/" + t + "/cancel", Map.of()).status()).as("the receiver cannot withdraw").isEqualTo(403);

        var accepted = west.post("/api/transfers/" + t + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(east.get("/api/members/" + m).status()).isEqualTo(404);
        JsonNode moved = west.get("/api/members/" + m).json();
        assertThat(moved.get("unionId").asLong()).isEqualTo(westUnion);
        assertThat(members(eastDistrict)).as("counted where the member now is (a distributed database moves the row)").isZero();
        assertThat(members(westDistrict)).isEqualTo(1);
        JsonNode history = west.get("/api/members/" + m + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("reason").asString()).contains("会员转接");
        assertThat(history.get(1).get("reason").asString()).contains("待岗");
        assertThat(west.post("/api/transfers/" + t + "/accept", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aTransferCanBeRejectedWithAReasonOrWithdrawn() {
        long m = MemberApiTest.register(east, eastUnion, "退回人", People.idNumber());
        long t = east.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "调动"))
                .json().get("id").asLong();
        assertThat(west.post("/api/transfers/" + t + "/reject", Map.of("note", "")).status()).isEqualTo(400);
        var rejected = west.post("/api/transfers/" + t + "/reject", Map.of("note", "查无此人入职记录"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(east.get("/api/members/" + m).json().get("unionId").asLong()).isEqualTo(eastUnion);

        long again = east.post("/api/members/" + m + "/transfers", Map.of("toUnionId", westUnion, "reason", "再次调动"))
                .json().get("id").asLong();
        assertThat(east.post("/api/transfers/" + again + "/cancel", Map.of()).json().get("status").asString()).isEqualTo("CANCELLED");
        var self = east.post("/api/members/" + m + "/transfers", Map.of("toUnionId", eastUnion, "reason", "x"));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.text()).contains("相同");
    }

    @Test
    void aWorkerAppliesOnlineAndTheUnionDecides() {
        Http anonymous = new Http(port);
        var unions = anonymous.get("/api/public/unions?q=" + MemberApiTest.enc("西区工会"));
        assertThat(unions.status()).isEqualTo(200);
        assertThat(unions.json().valueStream().map(u -> u.get("id").asLong())).contains(westUnion);

        String id = People.idNumber();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("name", "网申人", "idNumber", id, "phone", "13700001111",
                "employerName", "西区某科技公司", "unionId", westUnion, "consent", true));
        Map<String, Object> unconsented = new java.util.HashMap<>(form);
        unconsented.put("consent", false);
        assertThat(anonymous.post("/api/public/join", unconsented).text()).as("the notice is agreed to first")
                .contains("请阅读并同意《个人信息收集告知》");
        var unconfirmed = anonymous.post("/api/public/join", form);
        assertThat(unconfirmed.status()).as("the phone is confirmed first").isEqualTo(400);
        form.put("phoneCode", "000000".equals(CapturedCodes.requestFor(anonymous, "13700001111")) ? "111111" : "000000");
        assertThat(anonymous.post("/api/public/join", form).text()).as("a wrong code").contains("验证码不正确");
        form.put("phoneCode", CapturedCodes.last("13700001111"));
        var applied = anonymous.post("/api/public/join", form);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(applied.json().get("message").asString()).contains("已提交");
        assertThat(anonymous.post("/api/public/join", form).status()).as("a code is used once").isEqualTo(400);
        var badId = anonymous.post("/api/public/join", Map.of("name", "x", "idNumber", "123", "phone", "13700001111",
                "employerName", "y", "unionId", westUnion, "phoneCode", "123456"));
        assertThat(badId.status()).isEqualTo(400);
        var toFederation = anonymous.post("/api/public/join", Map.of("name", "x", "idNumber", People.idNumber(),
                "phone", "13700001112", "employerName", "y", "unionId", 1, "phoneCode", "123456", "consent", true));
        assertThat(toFederation.text()).contains("所在单位尚未建立工会");

        JsonNode pending = west.get("/api/join-applications").json();
        long appId = pending.get("items").get(0).get("id").asLong();
        assertThat(pending.get("items").get(0).get("idNumber").asString()).contains("*");
        assertThat(pending.get("items").get(0).get("phoneVerified").asBoolean()).as("proved by the code").isTrue();
        assertThat(anonymous.get("/api/public/join/options").json().get("phoneVerification").asBoolean()).isTrue();
        assertThat(east.get("/api/join-applications").json().get("total").asLong()).isZero();
        assertThat(west.get("/api/join-applications?status=WAITING").status()).as("a status that does not exist").isEqualTo(400);
        assertThat(east.post("/api/join-applications/" + appId + "/approve", Map.of()).status()).isEqualTo(404);
        var approved = west.post("/api/join-applications/" + appId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        long memberId = approved.json().get("memberId").asLong();
        assertThat(west.get("/api/members/" + memberId).json().get("name").asString()).isEqualTo("网申人");
        String thisYear = "from=" + java.time.LocalDate.now().withDayOfYear(1) + "&to=" + java.time.LocalDate.now();
        JsonNode figures = west.get("/api/figures?under=" + westDistrict + "&" + thisYear).json();
        assertThat(MemberApiTest.value(figures, "member.joinedOnline")).isEqualTo(1);
        assertThat(MemberApiTest.value(figures, "member.newMembers")).isEqualTo(1);
        assertThat(MemberApiTest.value(east.get("/api/figures?under=" + eastDistrict + "&" + thisYear).json(), "member.joinedOnline"))
                .isZero();
        assertThat(west.get("/api/reports/work-report/preview?under=" + westDistrict + "&" + thisYear).text())
                .contains("新发展会员1名。其中网上入会1名。");

        // Applying again for a member, or for someone else's ID number, is answered exactly like any
        // application; the union sees the duplicate when it reviews.
        Map<String, Object> again = new java.util.HashMap<>(form);
        again.put("phone", "13700003333");
        again.put("phoneCode", CapturedCodes.requestFor(anonymous, "13700003333"));
        var member = anonymous.post("/api/public/join", again);
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        assertThat(member.json().get("message").asString()).isEqualTo(applied.json().get("message").asString());
        JsonNode flagged = west.get("/api/join-applications").json().get("items").get(0);
        assertThat(flagged.get("duplicate").asString()).contains("已是工会会员");
    }

    @Test
    void anApplicationWithoutAUnionAtTheEmployerGoesToTheAreaAndIsPlacedOnApproval() {
        Http anonymous = new Http(port);
        long area = admin.get("/api/orgs/" + westUnion).json().get("parentId").asLong();
        var applied = anonymous.post("/api/public/join", Map.of("name", "小店员", "idNumber", People.idNumber(),
                "phone", "13700002222", "employerName", "街边便利店", "unionId", area, "noUnionAtEmployer", true,
                "phoneCode", CapturedCodes.requestFor(anonymous, "13700002222"), "consent", true));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long appId = west.get("/api/join-applications").json().get("items").get(0).get("id").asLong();
        var noPlace = west.post("/api/join-applications/" + appId + "/approve", Map.of());
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(west.post("/api/join-applications/" + appId + "/approve", Map.of("unionId", westUnion)).status()).isEqualTo(200);
        var rejectLater = west.post("/api/join-applications/" + appId + "/reject", Map.of("note", "x"));
        assertThat(rejectLater.status()).isEqualTo(409);
    }

    private long members(long district) {
        String today = LocalDate.now(FEDERATION).toString();
        for (JsonNode figure : admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + today + "&to=" + today).json()) {
            if (figure.get("key").asString().equals("member.total")) {
                return figure.get("value").asLong();
            }
        }
        throw new AssertionError("no member.total figure");
    }
}
