package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.figures.Tallies;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;
import org.unionworks.support.TallyChecks;
import org.unionworks.support.TestDatabase;

import tools.jackson.databind.JsonNode;

/** 服务职工 through the API: programmes with standards and lists, 金秋助学's flow, 互助保障, service places, figures counted by hand. */
class ServiceApiTest extends ApiTestBase {

    private Http admin;
    private long district;
    private String employerCode;
    private final LocalDate today = LocalDate.now(FEDERATION);

    @BeforeEach
    void aDistrictWithAnEmployer() {
        admin = admin();
        district = district(admin, unique("服务区"));
        long employer = EmployerApiTest.createEmployer(admin, district, unique("环卫集团"), 300);
        employerCode = admin.get("/api/employers/" + employer).json().get("creditCode").asString();
    }

    private Map<String, JsonNode> figures(String by) {
        JsonNode all = admin.get("/api/figures?under=" + district + "&on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today
                + (by == null ? "" : "&by=" + by)).json();
        Map<String, JsonNode> byKey = new HashMap<>();
        all.forEach(f -> byKey.put(f.get("key").asString(), f));
        return byKey;
    }

    private static double value(Map<String, JsonNode> figures, String key) {
        return figures.get(key).get("value").asDouble();
    }

    private long programme(String kind, String name, LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("unionId", district);
        p.put("kind", kind);
        p.put("name", name);
        p.put("startsOn", from.toString());
        p.put("endsOn", to.toString());
        p.put("fundSource", "UNION_FUNDS");
        var r = admin.post("/api/programmes", p);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private Http.Response person(long programme, String name, String idNumber, String category, Object cash, Object goods) {
        Map<String, Object> b = new HashMap<>();
        b.put("recipient", "PERSON");
        b.put("name", name);
        b.put("idNumber", idNumber);
        b.put("category", category);
        b.put("cash", cash);
        b.put("goods", goods);
        b.put("day", today.toString());
        return admin.post("/api/programmes/" + programme + "/beneficiaries", b);
    }

    @Test
    void aRaisedStandardIsKeptAndAProgrammeCountsWhatItGaveToPersonsAndUnits() {
        var old = admin.post("/api/programme-standards", Map.of("unionId", district, "kind", "WARMTH", "category", "NEEDY",
                "cashPerPerson", 300, "effectiveFrom", today.minusYears(2).toString()));
        assertThat(old.status()).as(old.toString()).isEqualTo(201);
        admin.post("/api/programme-standards", Map.of("unionId", district, "kind", "WARMTH", "category", "NEEDY", "cashPerPerson", 500,
                "effectiveFrom", today.minusDays(10).toString()));
        assertThat(admin.post("/api/programme-standards", Map.of("unionId", district, "kind", "WARMTH", "category", "NEEDY",
                "effectiveFrom", today.toString())).text()).contains("至少填写一项");
        var corrected = admin.put("/api/programme-standards/" + old.json().get("id").asLong(), Map.of("kind", "WARMTH", "category", "NEEDY",
                "cashPerPerson", 300, "effectiveFrom", today.minusYears(2).toString(), "note", "市总工〔2024〕3号", "version", old.json().get("version")));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        String inForce = "/api/programme-standards/in-force?unionId=" + district + "&kind=WARMTH&category=NEEDY&on=";
        assertThat(admin.get(inForce + today).json().get("cashPerPerson").decimalValue()).isEqualByComparingTo("500");
        assertThat(admin.get(inForce + today.minusDays(11)).json().get("cashPerPerson").decimalValue()).isEqualByComparingTo("300");
        assertThat(value(figures(null), "service.warmthStandard")).isEqualTo(500);

        long summer = programme("SUMMER", unique("夏送清凉"), today.minusDays(5), today);
        JsonNode wang = person(summer, "王环卫", People.idNumber(LocalDate.of(1970, 1, 2), true), "OUTDOOR", null, 90).json();
        Map<String, Object> fix = new HashMap<>(Map.of("recipient", "PERSON", "name", "王环卫", "category", "OUTDOOR", "goods", 100,
                "goodsDescription", "防暑降温用品", "version", wang.get("version").asLong()));
        var fixed = admin.put("/api/programmes/" + summer + "/beneficiaries/" + wang.get("id").asLong(), fix);
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json().get("idNumber").asString()).as("a correction without the ID number keeps it").contains("*");
        long mistake = person(summer, "重复登记", null, "OUTDOOR", 50, null).json().get("id").asLong();
        assertThat(admin.delete("/api/programmes/" + summer + "/beneficiaries/" + mistake).status()).isEqualTo(204);
        var renamed = admin.put("/api/programmes/" + summer, Map.of("kind", "SUMMER", "name", admin.get("/api/programmes/" + summer).json()
                .get("name").asString(), "startsOn", today.minusDays(5).toString(), "endsOn", today.toString(), "fundSource", "UNION_FUNDS",
                "budget", 50000, "version", admin.get("/api/programmes/" + summer).json().get("version").asLong()));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(person(summer, "李快递", null, "OUTDOOR", 50, 100).status()).isEqualTo(201);
        assertThat(person(summer, "赵骑手", null, "OUTDOOR", 50, 100).status()).isEqualTo(201);
        var unit = admin.post("/api/programmes/" + summer + "/beneficiaries", Map.of("recipient", "UNIT", "name", "环卫集团",
                "creditCode", employerCode, "workersReached", 120, "goods", 3600, "day", today.toString()));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        assertThat(unit.json().get("employerId").isNull()).isFalse();
        assertThat(admin.post("/api/programmes/" + summer + "/beneficiaries", Map.of("recipient", "UNIT", "name", "无人数单位")).text())
                .contains("覆盖职工人数");

        String twice = People.idNumber(LocalDate.of(1980, 5, 6), false);
        String csv = "受益对象类型,姓名或单位名称,身份证号,对象类别,现金（元）,物资折款（元）\n"
                + "个人,钱交警," + twice + ",户外劳动者,,100\n" + "单位,市政公司,,,,600\n";
        var bad = admin.importFile("/api/programmes/" + summer + "/beneficiaries/import", "名单.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(bad.toString()).contains("覆盖职工人数");
        csv = "受益对象类型,姓名或单位名称,身份证号,对象类别,覆盖职工人数,现金（元）,物资折款（元）\n"
                + "个人,钱交警," + twice + ",户外劳动者,,,100\n" + "单位,市政公司,,,30,,600\n";
        var good = admin.importFile("/api/programmes/" + summer + "/beneficiaries/import", "名单.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(good.json().get("status").asString()).as(good.toString()).isEqualTo("DONE");
        assertThat(person(summer, "钱交警", twice, "OUTDOOR", null, 100).text()).contains("已在本项目名单中");

        JsonNode p = admin.get("/api/programmes/" + summer).json();
        assertThat(admin.delete("/api/programmes/" + summer).text()).contains("不能删除");
        long mistaken = programme("SUMMER", unique("误建项目"), today, today);
        assertThat(admin.delete("/api/programmes/" + mistaken).status()).isEqualTo(204);
        assertThat(admin.get("/api/programmes/" + mistaken).status()).isEqualTo(404);
        assertThat(p.get("persons").asLong()).isEqualTo(4);
        assertThat(p.get("units").asLong()).isEqualTo(2);
        assertThat(p.get("workersReached").asLong()).isEqualTo(150);

        // by hand: 4 persons (人次, 4 people), 2 units reaching 120 + 30, cash 50 + 50, goods 100 × 4 + 3,600 + 600
        Map<String, JsonNode> f = figures("programmeKind");
        assertThat(value(f, "service.programmes")).isEqualTo(1);
        assertThat(value(f, "service.beneficiaries")).isEqualTo(4);
        assertThat(value(f, "service.persons")).isEqualTo(4);
        assertThat(value(f, "service.units")).isEqualTo(2);
        assertThat(value(f, "service.workersReached")).isEqualTo(150);
        assertThat(value(f, "service.cash")).isEqualTo(0.01);
        assertThat(value(f, "service.goods")).isEqualTo(0.46);
        assertThat(f.get("service.beneficiaries").get("parts").toString()).contains("\"SUMMER\"");
        assertThat(part(f.get("service.beneficiaries"), "SUMMER")).isEqualTo(4);
        assertThat(part(f.get("service.beneficiaries"), "WARMTH")).isEqualTo(0);
    }

    private long todo(String kind) {
        return admin.get("/api/todo").json().valueStream().filter(t -> t.get("kind").asString().equals(kind)).findFirst().orElseThrow()
                .get("count").asLong();
    }

    private static double part(JsonNode figure, String code) {
        for (JsonNode p : figure.get("parts")) {
            if (p.get("code").asString().equals(code)) {
                return p.get("value").asDouble();
            }
        }
        throw new AssertionError("no part " + code + " in " + figure);
    }

    @Test
    void aRecuperationIsOnceAYearAcrossProgrammesAndAFiledHouseholdIsLinked() {
        String worker = People.idNumber(LocalDate.of(1975, 3, 3), true);
        long first = programme("RECUPERATION", unique("春季疗休养"), today.minusDays(3), today);
        long second = programme("RECUPERATION", unique("秋季疗休养"), today.minusDays(2), today);
        assertThat(person(first, "劳模甲", worker, "MODEL", 3000, null).status()).isEqualTo(201);
        var again = person(second, "劳模甲", worker, "MODEL", 3000, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("同一年度限享受一次").contains("春季疗休养");
        String csv = "受益对象类型,姓名或单位名称,身份证号,现金（元）\n个人,劳模甲," + worker + ",3000\n";
        assertThat(admin.importFile("/api/programmes/" + second + "/beneficiaries/import", "名单.csv", csv.getBytes(StandardCharsets.UTF_8))
                .toString()).contains("同一年度限享受一次");

        long union = createOrg(admin, district, unique("帮扶厂工会"), "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        String needy = People.idNumber(LocalDate.of(1978, 8, 8), false);
        Map<String, Object> file = new HashMap<>(Map.of("unionId", union, "workerName", "困难职工", "idNumber", needy, "divisionCode", "440305",
                "category", "RELATIVE", "mainCause", "ILLNESS", "identity", "EMPLOYED", "householdSize", 3, "monthlyIncome", 2400));
        file.put("monthsBelowStandard", 6);
        file.put("bankAccount", "6222020200112233445");
        file.put("household", List.of());
        Http grassroots = userAt(admin, union, "GRASSROOTS_ADMIN", unique("ga"));
        long fileId = grassroots.post("/api/hardship-files", file).json().get("id").asLong();
        assertThat(admin.post("/api/hardship-files/" + fileId + "/approve", Map.of()).status()).isEqualTo(200);
        admin.post("/api/programme-standards", Map.of("unionId", district, "kind", "WARMTH", "category", "NEEDY", "cashPerPerson", 500,
                "effectiveFrom", today.minusYears(1).toString()));
        long warmth = programme("WARMTH", unique("送温暖"), today.minusDays(1), today);
        var linked = person(warmth, "困难职工", needy, "NEEDY", null, null);
        assertThat(linked.json().get("hardshipFileId").asLong()).as(linked.toString()).isEqualTo(fileId);
        assertThat(linked.json().get("cash").decimalValue()).as("the standard in force").isEqualByComparingTo("500");
        assertThat(linked.json().get("idNumber").asString()).contains("*");
        assertThat(value(figures(null), "service.households")).isEqualTo(1);
    }

    @Test
    void aGoldenAutumnGrantGoesFromApplicationThroughReviewAndNoticeToPayment() {
        long id = programme("SCHOOL", unique("金秋助学"), today.minusDays(20), today);
        JsonNode p = admin.get("/api/programmes/" + id).json();
        assertThat(p.get("applicationFlow").asBoolean()).isTrue();
        long a = person(id, "申请人甲", People.idNumber(LocalDate.of(1976, 1, 1), true), "STUDENT", 3000, null).json().get("id").asLong();
        long b = person(id, "申请人乙", People.idNumber(LocalDate.of(1977, 1, 1), false), "STUDENT", 3000, null).json().get("id").asLong();
        long c = person(id, "申请人丙", People.idNumber(LocalDate.of(1978, 1, 1), false), "STUDENT", 2000, null).json().get("id").asLong();
        String base = "/api/programmes/" + id + "/beneficiaries/";
        assertThat(admin.get(base.replaceAll("/$", "") + "?status=APPLIED").json().get("total").asLong()).isEqualTo(3);
        assertThat(value(figures(null), "service.beneficiaries")).as("applications do not count").isEqualTo(0);
        assertThat(admin.post(base + a + "/pay", Map.of("givenOn", today.toString())).text()).contains("审核通过后才能发放");
        assertThat(todo("SERVICE_APPLIED")).as("three applications wait for review").isGreaterThanOrEqualTo(3);
        assertThat(admin.post(base + c + "/review", Map.of("approved", true, "reviewedOn", today.toString())).status()).isEqualTo(200);
        assertThat(admin.post(base + a + "/review", Map.of("approved", true, "reviewedOn", today.toString())).status()).isEqualTo(200);
        assertThat(admin.post(base + b + "/review", Map.of("approved", false, "reviewedOn", today.toString(), "note", "收入超过标准"))
                .json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(admin.post("/api/programmes/" + id + "/pay-approved", Map.of("givenOn", today.toString())).text()).contains("公示");
        long version = admin.get("/api/programmes/" + id).json().get("version").asLong();
        assertThat(admin.post("/api/programmes/" + id + "/notice", Map.of("noticeFrom", today.toString(), "noticeTo", today.plusDays(4).toString(),
                "version", version)).status()).isEqualTo(200);
        assertThat(admin.post("/api/programmes/" + id + "/pay-approved", Map.of("givenOn", today.toString())).text()).contains("期满后才能发放");
        version = admin.get("/api/programmes/" + id).json().get("version").asLong();
        admin.post("/api/programmes/" + id + "/notice", Map.of("noticeFrom", today.minusDays(8).toString(), "noticeTo",
                today.minusDays(1).toString(), "version", version));
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        JsonNode todos = districtAdmin.get("/api/todo").json();
        assertThat(todos.toString()).contains("公示期满待发放");
        assertThat(todos.valueStream().filter(t -> t.get("kind").asString().equals("SERVICE_PAYABLE")).findFirst().orElseThrow()
                .get("count").asLong()).as("the district's two approved applicants").isEqualTo(2);
        var one = admin.post(base + c + "/pay", Map.of("givenOn", today.toString(), "cash", 2500));
        assertThat(one.json().get("status").asString()).as(one.toString()).isEqualTo("GIVEN");
        var paid = admin.post("/api/programmes/" + id + "/pay-approved", Map.of("givenOn", today.toString()));
        assertThat(paid.json().get("paid").asInt()).as(paid.toString()).isEqualTo(1);
        // by hand: 甲 3,000 in the batch, 丙 2,500 paid alone, 乙 rejected
        Map<String, JsonNode> f = figures(null);
        assertThat(value(f, "service.beneficiaries")).isEqualTo(2);
        assertThat(value(f, "service.cash")).isEqualTo(0.55);
    }

    @Test
    void mutualInsuranceCountsTheYearAndAllClaimsPaidSoFar() {
        int year = today.getYear();
        var e = admin.post("/api/insurance/enrolments", Map.of("unionId", district, "year", year, "unitName", "环卫集团", "creditCode", employerCode,
                "insuredWorkers", 200, "premiumPerPerson", 60));
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        assertThat(e.json().get("amountPaid").decimalValue()).isEqualByComparingTo("12000");
        assertThat(admin.post("/api/insurance/enrolments", Map.of("unionId", district, "year", year, "unitName", "环卫集团", "insuredWorkers", 1,
                "premiumPerPerson", 60)).text()).contains("本年度已登记参保");
        String csv = "经办工会,参保年度,参保单位,参保人数,每人互助金（元）,缴纳金额（元）\n" + district + "," + year + ",市政公司,100,60,6000\n"
                + district + "," + (year - 1) + ",市政公司,90,60,5400\n";
        assertThat(admin.importFile("/api/insurance/enrolments/import", "参保.csv", csv.getBytes(StandardCharsets.UTF_8)).json().get("status")
                .asString()).isEqualTo("DONE");
        LocalDate lastYear = today.minusYears(1);
        String claims = "经办工会,保障年度,姓名,身份证号,给付类别,入院日期,出院日期,申请日期,申请金额（元）,给付金额（元）,给付日期\n"
                + district + "," + year + ",患者甲," + People.idNumber(LocalDate.of(1970, 2, 2), true) + ",住院医疗," + today.minusDays(9) + ","
                + today.minusDays(2) + "," + today.minusDays(1) + ",3000,2400," + today + "\n"
                + district + "," + year + ",患者乙," + People.idNumber(LocalDate.of(1971, 2, 2), false) + ",重大疾病,,," + today + ",8000,,\n"
                + district + "," + lastYear.getYear() + ",患者丙," + People.idNumber(LocalDate.of(1972, 2, 2), true) + ",住院医疗,,," + lastYear
                + ",1000,1000," + lastYear + "\n";
        var imported = admin.importFile("/api/insurance/claims/import", "给付.csv", claims.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        var refused = admin.importFile("/api/insurance/claims/import", "给付.csv", (
                "经办工会,保障年度,姓名,身份证号,给付类别,申请日期,申请金额（元）,给付金额（元）,给付日期\n" + district + "," + year + ",患者丁,"
                        + People.idNumber(LocalDate.of(1973, 2, 2), true) + ",住院医疗," + today + ",1000,2000," + today + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused.toString()).contains("给付金额不能超过申请金额");
        JsonNode unpaid = admin.get("/api/insurance/claims?under=" + district + "&q=患者乙").json().get("items").get(0);
        var claimFix = new HashMap<String, Object>(Map.of("year", year, "name", "患者乙", "unitName", "市政公司", "illnessCategory", "SERIOUS",
                "claimedOn", today.toString(), "amountClaimed", 8000, "version", unpaid.get("version").asLong()));
        var claimFixed = admin.put("/api/insurance/claims/" + unpaid.get("id").asLong(), claimFix);
        assertThat(claimFixed.status()).as(claimFixed.toString()).isEqualTo(200);
        assertThat(claimFixed.json().get("unitName").asString()).isEqualTo("市政公司");
        var enrolmentFixed = admin.put("/api/insurance/enrolments/" + e.json().get("id").asLong(), Map.of("year", year, "unitName", "环卫集团",
                "insuredWorkers", 200, "premiumPerPerson", 60, "policyNo", "HZ-1", "version", e.json().get("version").asLong()));
        assertThat(enrolmentFixed.status()).as(enrolmentFixed.toString()).isEqualTo(200);
        JsonNode claim = admin.get("/api/insurance/claims?under=" + district + "&q=患者甲").json().get("items").get(0);
        assertThat(claim.get("stayDays").asLong()).isEqualTo(7);

        // by hand, this year: 2 units (200 + 100 workers, 12,000 + 6,000 元); paid this year: 1 claim of 2,400; ever: 2 claims, 3,400 元
        Map<String, JsonNode> f = figures(null);
        assertThat(value(f, "insurance.units")).isEqualTo(2);
        assertThat(value(f, "insurance.workers")).isEqualTo(300);
        assertThat(value(f, "insurance.premiums")).isEqualTo(1.8);
        if (today.getDayOfYear() > 1) {
            assertThat(value(f, "insurance.claims")).isEqualTo(1);
            assertThat(value(f, "insurance.payouts")).isEqualTo(0.24);
        }
        assertThat(value(f, "insurance.claimsEver")).isEqualTo(2);
        assertThat(value(f, "insurance.payoutsEver")).isEqualTo(0.34);
        JsonNode totals = admin.get("/api/insurance/totals?under=" + district + "&year=" + year).json();
        assertThat(totals.get("insuredWorkers").asLong()).isEqualTo(300);
        assertThat(totals.get("claimsPaidEver").asLong()).isEqualTo(2);

        long works = createOrg(admin, district, unique("环卫二队工会"), "GRASSROOTS", "ENTERPRISE");
        assertThat(admin.post("/api/insurance/enrolments", Map.of("unionId", works, "year", year, "unitName", "环卫二队",
                "insuredWorkers", 50, "premiumPerPerson", 60)).status()).isEqualTo(201);
        assertThat(value(figures(null), "insurance.workers")).as("a grassroots union's enrolment counts in its district").isEqualTo(350);
        long other = district(admin, unique("迁入区"));
        assertThat(admin.post("/api/orgs/" + works + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertThat(value(figures(null), "insurance.workers")).as("moved out with its union").isEqualTo(300);
        assertThat(admin.get("/api/figures?under=" + other + "&on=" + today + "&from=" + today.withDayOfYear(1) + "&to=" + today
                + "&keys=insurance.workers").json().get(0).get("value").asLong()).as("and into the other district").isEqualTo(50);
    }

    /**
     * On PostgreSQL the claims paid in a period and up to a date come from the flows (V59_9) for the city and a district: they
     * equal the rows after an import, edits in SQL (paid later, paid less, unpaid), a deletion, a union moved to another
     * district and a compaction.
     */
    @Test
    void claimsFromTheTallyEqualTheRowsThroughEveryChange() {
        long works = createOrg(admin, district, unique("环卫三队工会"), "GRASSROOTS", "ENTERPRISE");
        int year = today.getYear();
        LocalDate lastYear = today.minusYears(1);
        String claims = "经办工会,保障年度,姓名,身份证号,给付类别,申请日期,申请金额（元）,给付金额（元）,给付日期\n"
                + works + "," + year + ",患者戊," + People.idNumber(LocalDate.of(1975, 3, 3), true) + ",住院医疗," + today + ",3000,2500," + today + "\n"
                + works + "," + lastYear.getYear() + ",患者己," + People.idNumber(LocalDate.of(1976, 3, 3), false) + ",住院医疗," + lastYear
                + ",2000,1500," + lastYear + "\n"
                + district + "," + year + ",患者庚," + People.idNumber(LocalDate.of(1977, 3, 3), true) + ",重大疾病," + today.withDayOfYear(1)
                + ",9000,8000," + today.withDayOfYear(1) + "\n";
        var imported = admin.importFile("/api/insurance/claims/import", "给付.csv", claims.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.json().get("status").asString()).as(imported.toString()).isEqualTo("DONE");
        long other = district(admin, unique("给付迁入区"));
        assertClaimsAsRows("after the import", other);

        jdbc.update("update insurance_claim set paid_on = ?, amount_paid = 1200 where name = '患者己' and union_id = ?", lastYear.plusDays(20), works);
        jdbc.update("update insurance_claim set amount_paid = null, paid_on = null where name = '患者庚' and union_id = ?", district);
        assertClaimsAsRows("after edits in SQL", other);
        jdbc.update("delete from insurance_claim where name = '患者戊' and union_id = ?", works);
        jdbc.update("update insurance_claim set amount_paid = 7000, paid_on = ? where name = '患者庚' and union_id = ?", today, district);
        assertClaimsAsRows("after a deletion and a claim paid again", other);

        assertThat(admin.post("/api/orgs/" + works + "/move", Map.of("newParentId", other)).status()).isEqualTo(200);
        assertClaimsAsRows("after the union moved", other);
        if (TestDatabase.postgres()) {
            TallyChecks.compactAndCheckFolded(jdbc, tallies, "flow_tally");
            assertClaimsAsRows("after compaction", other);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tallies tallies;

    private void assertClaimsAsRows(String when, long other) {
        String rows = " from insurance_claim c join union_org u on u.id = c.union_id where u.path like ?";
        for (long scope : List.of(1L, district, other)) {
            String path = jdbc.queryForObject("select path from union_org where id = ?", String.class, scope) + "%";
            for (LocalDate[] period : List.of(new LocalDate[] {today.withDayOfYear(1), today},
                    new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.minusYears(1).plusDays(10)})) {
                JsonNode f = admin.get("/api/figures?under=" + scope + "&on=" + period[1] + "&from=" + period[0] + "&to=" + period[1]
                        + "&keys=insurance.claims,insurance.payouts,insurance.claimsEver,insurance.payoutsEver").json();
                Map<String, JsonNode> byKey = new HashMap<>();
                f.forEach(x -> byKey.put(x.get("key").asString(), x));
                String as = when + ", union " + scope + ", " + period[0] + " to " + period[1];
                String paid = rows + " and c.paid_on between ? and ?";
                String ever = rows + " and c.paid_on <= ?";
                assertThat(byKey.get("insurance.claims").get("value").asLong()).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + paid, Long.class, path, period[0], period[1]));
                assertThat(byKey.get("insurance.payouts").get("value").decimalValue()).as(as).isEqualByComparingTo(jdbc.queryForObject(
                        "select round(coalesce(sum(c.amount_paid), 0) / 10000, 2)" + paid, BigDecimal.class, path, period[0], period[1]));
                assertThat(byKey.get("insurance.claimsEver").get("value").asLong()).as(as)
                        .isEqualTo(jdbc.queryForObject("select count(*)" + ever, Long.class, path, period[1]));
                assertThat(byKey.get("insurance.payoutsEver").get("value").decimalValue()).as(as).isEqualByComparingTo(jdbc.queryForObject(
                        "select round(coalesce(sum(c.amount_paid), 0) / 10000, 2)" + ever, BigDecimal.class, path, period[1]));
            }
        }
    }

    private Http.Response place(String kind, String name, Map<String, Object> extra) {
        Map<String, Object> p = new HashMap<>(Map.of("unionId", district, "kind", kind, "name", name, "hostName", "区总工会",
                "address", "福田区福华路1号", "divisionCode", "440304", "openedOn", today.minusYears(1).toString()));
        p.putAll(extra);
        return admin.post("/api/service-places", p);
    }

    @Test
    void placesOpenAndCloseOnTheMapAndInThePublicListAndTheirGrantsCount() {
        String name = unique("福华路驿站");
        var station = place("STATION", name, Map.of("longitude", 114.0579, "latitude", 22.5431, "openingHours", "7:00-21:00",
                "services", List.of("WATER", "REST", "CHARGING")));
        assertThat(station.status()).as(station.toString()).isEqualTo(201);
        long id = station.json().get("id").asLong();
        assertThat(place("STATION", unique("无纬度"), Map.of("longitude", 114.0)).text()).contains("经度和纬度须同时填写");
        assertThat(place("MODEL_HOME", unique("模范之家"), Map.of()).text()).contains("命名级别和命名年度");
        assertThat(place("MODEL_HOME", unique("模范之家"), Map.of("level", "CITY", "namedYear", today.getYear() - 1)).status()).isEqualTo(201);
        assertThat(place("BOOK_ROOM", unique("书屋"), Map.of("books", 3000)).status()).isEqualTo(201);
        assertThat(place("STATION", unique("国外"), Map.of("longitude", 2.35, "latitude", 48.85)).text()).contains("经度应在73到136之间");

        assertThat(admin.post("/api/service-places/" + id + "/grants", Map.of("amount", 3000, "grantedOn", today.toString(),
                "fundSource", "UNION_FUNDS", "purpose", "建站补助")).status()).isEqualTo(201);
        long grant = admin.get("/api/service-places/" + id + "/grants").json().get(0).get("id").asLong();
        var grantFixed = admin.put("/api/service-places/" + id + "/grants/" + grant, Map.of("amount", 3000, "grantedOn", today.toString(),
                "fundSource", "HIGHER_GRANT", "purpose", "建站补助", "version", admin.get("/api/service-places/" + id + "/grants").json().get(0)
                        .get("version").asLong()));
        assertThat(grantFixed.status()).as(grantFixed.toString()).isEqualTo(200);
        var placeFixed = admin.put("/api/service-places/" + id, Map.of("name", name, "hostName", "区总工会", "address", "福田区福华路1号",
                "divisionCode", "440304", "longitude", 114.0579, "latitude", 22.5431, "openedOn", today.minusYears(1).toString(),
                "openingHours", "7:00-21:00", "services", List.of("WATER", "REST", "CHARGING"), "version", station.json().get("version").asLong()));
        assertThat(placeFixed.status()).as(placeFixed.toString()).isEqualTo(200);
        assertThat(admin.post("/api/service-places/" + id + "/years", Map.of("year", today.getYear(), "visits", 1200)).status()).isEqualTo(200);

        Http visitor = new Http(port);
        JsonNode open = visitor.get("/api/public/stations?q=" + name).json();
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("services").toString()).contains("充电");
        assertThat(open.get(0).get("divisionName").asString()).isEqualTo("福田区");
        assertThat(admin.get("/api/service-places/map?under=" + district + "&kind=STATION").json().toString()).contains(name);

        Map<String, JsonNode> f = figures("placeKind");
        assertThat(value(f, "service.places")).isEqualTo(3);
        assertThat(part(f.get("service.places"), "STATION")).isEqualTo(1);
        assertThat(value(f, "service.modelHomes")).isEqualTo(1);
        assertThat(value(f, "service.books")).isEqualTo(3000);
        assertThat(value(f, "service.grants")).isEqualTo(0.3);
        assertThat(value(f, "service.grantedPlaces")).isEqualTo(1);
        assertThat(value(f, "service.placeVisits")).isEqualTo(1200);

        long version = admin.get("/api/service-places/" + id).json().get("version").asLong();
        assertThat(admin.post("/api/service-places/" + id + "/status", Map.of("status", "CLOSED", "on", today.toString(), "version", version))
                .status()).isEqualTo(200);
        assertThat(visitor.get("/api/public/stations?q=" + name).json().size()).isZero();
        assertThat(value(figures(null), "service.places")).as("closed on the day: no longer counted").isEqualTo(2);
    }

    @Test
    void theFederationUploadsItsOwnBoundaryAndBadFilesAreRefused() {
        String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"示范区\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[114.0,22.5],[114.1,22.5],[114.1,22.6],[114.0,22.5]]]}}]}";
        var up = admin.upload("/api/service-places/boundary", "city.geojson", geojson.getBytes(StandardCharsets.UTF_8));
        assertThat(up.status()).as(up.toString()).isEqualTo(200);
        assertThat(up.json().get("features").asInt()).isEqualTo(1);
        assertThat(new Http(port).get("/api/public/stations/boundary").json().get("geojson").asString()).contains("示范区");
        assertThat(admin.upload("/api/service-places/boundary", "x.geojson", "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)).text())
                .contains("FeatureCollection");
        assertThat(admin.upload("/api/service-places/boundary", "x.geojson", "not json".getBytes(StandardCharsets.UTF_8)).text())
                .contains("JSON格式错误");
        Http districtAdmin = userAt(admin, district, "DISTRICT_ADMIN", unique("da"));
        assertThat(districtAdmin.upload("/api/service-places/boundary", "city.geojson", geojson.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(403);
    }
}
