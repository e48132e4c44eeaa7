package org.unionworks.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.assist.HardshipDirectory;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's services of the last three years: the 送温暖 standard raised from 300 to 500 元, 送温暖 reaching filed
 * households, 夏送清凉 to outdoor workers and the units that employ them, 金秋助学 through its flow, 疗休养 for model
 * workers; 互助保障 enrolments and claims; stations, 职工之家, 模范职工之家, 书屋 and 妈咪小屋 on the map, with grants and use.
 */
@Component
class ServiceDemoData implements DemoContributor {

    private static final List<String> BENEFICIARY_COLUMNS = List.of("programme_id", "recipient", "name", "id_number", "category", "employer_name",
            "detail", "hardship_file_id", "employer_id", "workers_reached", "cash", "goods", "goods_description", "status", "applied_on",
            "reviewed_on", "given_on", "version", "created_at", "updated_at");
    private static final String[] SERVICES = {"WATER", "REST", "CHARGING", "TOILET", "HEATING", "FIRST_AID", "WIFI", "READING"};
    private static final String[] OUTDOOR_POSTS = {"环卫工人", "快递员", "外卖送餐员", "建筑工人", "交通协管员", "网约车司机", "园林工人"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final HardshipDirectory hardship;

    ServiceDemoData(JdbcClient jdbc, BulkWriter bulk, HardshipDirectory hardship) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.hardship = hardship;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("service");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        standards(city, now);
        List<Object[]> rows = new ArrayList<>();
        int programmes = 0;
        for (int year = city.today().getYear() - 2; year <= city.today().getYear(); year++) {
            programmes += programmes(city, r, year, now, rows);
        }
        bulk.write("programme_beneficiary", BENEFICIARY_COLUMNS, rows.iterator());
        int enrolments = insurance(city, r, now);
        int places = places(city, r, now);
        return String.format("普惠服务项目 %,d 个（受益对象 %,d 条），互助保障参保 %,d 家次，服务阵地 %,d 个", programmes, rows.size(), enrolments, places);
    }

    private void standards(DemoCity city, OffsetDateTime now) {
        int y = city.today().getYear();
        Object[][] standards = {
            {"WARMTH", "NEEDY", "300", "0", null, LocalDate.of(y - 2, 1, 1)}, {"WARMTH", "NEEDY", "500", "0", null, LocalDate.of(y - 1, 1, 1)},
            {"WARMTH", "MODEL", "1000", "0", null, LocalDate.of(y - 2, 1, 1)},
            {"SUMMER", "OUTDOOR", "0", "100", "防暑降温用品（清凉油、藿香正气水、毛巾、饮料）", LocalDate.of(y - 2, 6, 1)},
            {"SCHOOL", "STUDENT", "3000", "0", null, LocalDate.of(y - 2, 1, 1)},
            {"RECUPERATION", "MODEL", "3000", "0", null, LocalDate.of(y - 2, 1, 1)}};
        for (Object[] s : standards) {
            jdbc.sql("""
                    insert into programme_standard (union_id, kind, category, cash_per_person, goods_per_person, goods, effective_from, version,
                                                    created_at, updated_at) values (:root, :k, :c, :cash, :goods, :g, :f, 0, :now, :now)""").param("root", DemoCity.ROOT)
                    .param("k", s[0]).param("c", s[1]).param("cash", new BigDecimal((String) s[2])).param("goods", new BigDecimal((String) s[3]))
                    .param("g", s[4]).param("f", s[5]).param("now", now).update();
        }
    }

    /** The year's programmes: the city's 送温暖, 金秋助学 and 疗休养, each district's 夏送清凉 and 一线慰问. */
    private int programmes(DemoCity city, Random r, int year, OffsetDateTime now, List<Object[]> rows) {
        LocalDate today = city.today();
        int count = 0;
        List<String> filed = hardship.someOpenIdNumbers(400);
        Map<String, Long> files = hardship.openFiles(filed);
        BigDecimal warmth = new BigDecimal(year < today.getYear() - 1 ? 300 : 500);
        LocalDate warmthDay = LocalDate.of(year, 1, 20);
        if (!warmthDay.isAfter(today)) {
            long p = programme(1, "WARMTH", year + "年元旦春节送温暖", LocalDate.of(year, 1, 5), LocalDate.of(year, 2, 10), "UNION_FUNDS", false, now);
            for (String id : filed.subList(0, Math.min(filed.size(), 40 + r.nextInt(40)))) {
                rows.add(person(p, city.name(r), id, "NEEDY", "在档困难职工", files.get(id), warmth, BigDecimal.ZERO, null, "GIVEN", null, warmthDay, now));
            }
            count++;
        }
        for (Long district : districts(city)) {
            LocalDate summer = LocalDate.of(year, 7, 10);
            if (summer.isAfter(today)) {
                continue;
            }
            long p = programme(district, "SUMMER", year + "年夏送清凉", LocalDate.of(year, 6, 20), LocalDate.of(year, 8, 31), "UNION_FUNDS", false, now);
            for (int i = 0, n = 20 + r.nextInt(30); i < n; i++) {
                rows.add(person(p, city.name(r), city.nextIdNumber(), "OUTDOOR", OUTDOOR_POSTS[r.nextInt(OUTDOOR_POSTS.length)], null,
                        BigDecimal.ZERO, new BigDecimal(100), "防暑降温用品", "GIVEN", null, summer.plusDays(r.nextInt(20)), now));
            }
            List<DemoCity.Employer> employers = city.grassroots().stream().filter(g -> g.districtId() == district)
                    .flatMap(g -> g.employers().stream()).limit(3 + r.nextInt(8)).toList();
            for (DemoCity.Employer e : employers) {
                int reached = Math.max(5, Math.min(e.employees(), 20 + r.nextInt(200)));
                rows.add(new Object[] {p, "UNIT", e.name(), null, "FRONTLINE", null, "一线职工", null, e.id(), reached, BigDecimal.ZERO,
                        BigDecimal.valueOf(reached * 30L), "清凉饮品和防暑药品", "GIVEN", null, null, summer.plusDays(r.nextInt(30)), 0, now, now});
            }
            count++;
        }
        LocalDate school = LocalDate.of(year, 8, 1);
        if (!school.isAfter(today)) {
            long p = programme(1, "SCHOOL", year + "年金秋助学", school, LocalDate.of(year, 9, 30), "DONATION", true, now);
            boolean paid = LocalDate.of(year, 9, 10).isBefore(today);
            if (paid) {
                jdbc.sql("update service_programme set notice_from = :f, notice_to = :t where id = :id").param("f", LocalDate.of(year, 8, 25))
                        .param("t", LocalDate.of(year, 8, 31)).param("id", p).update();
            }
            for (int i = 0, n = 15 + r.nextInt(15); i < n; i++) {
                boolean rejected = r.nextInt(10) == 0;
                String status = rejected ? "REJECTED" : paid ? "GIVEN" : "APPROVED";
                String id = i < filed.size() ? filed.get(filed.size() - 1 - i) : city.nextIdNumber();
                rows.add(new Object[] {p, "PERSON", city.name(r), id, "STUDENT", null, "子女就读本科一年级", files.get(id), null, null,
                        new BigDecimal(3000), BigDecimal.ZERO, null, status, school.plusDays(3), school.plusDays(15), paid && !rejected
                        ? LocalDate.of(year, 9, 10) : null, 0, now, now});
            }
            count++;
        }
        LocalDate rest = LocalDate.of(year, 10, 15);
        if (!rest.isAfter(today)) {
            long p = programme(1, "RECUPERATION", year + "年劳模疗休养", LocalDate.of(year, 10, 10), LocalDate.of(year, 10, 20), "UNION_FUNDS", false, now);
            for (int i = 0, n = 10 + r.nextInt(20); i < n; i++) {
                rows.add(person(p, city.name(r), city.nextIdNumber(), "MODEL", "市级劳动模范", null, new BigDecimal(3000), BigDecimal.ZERO, null,
                        "GIVEN", null, rest, now));
            }
            count++;
        }
        return count;
    }

    private static Object[] person(long programme, String name, String id, String category, String detail, Long file, BigDecimal cash,
                                   BigDecimal goods, String goodsText, String status, LocalDate applied, LocalDate given, OffsetDateTime now) {
        return new Object[] {programme, "PERSON", name, id, category, null, detail, file, null, null, cash, goods, goodsText, status, applied,
            null, given, 0, now, now};
    }

    private long programme(long union, String kind, String name, LocalDate from, LocalDate to, String fund, boolean flow, OffsetDateTime now) {
        return DemoCity.insert(jdbc, """
                insert into service_programme (union_id, kind, name, programme_year, starts_on, ends_on, fund_source, application_flow, version,
                                               created_at, updated_at) values (:u, :k, :n, :y, :f, :t, :fs, :flow, 0, :now, :now)""",
                "u", union, "k", kind, "n", name, "y", from.getYear(), "f", from, "t", to, "fs", fund, "flow", flow, "now", now);
    }

    private static List<Long> districts(DemoCity city) {
        return city.districtIds().stream().sorted().toList();
    }

    /** Each district enrols a share of its employers every year (60 元 a head); about one in thirty insured workers claims. */
    private int insurance(DemoCity city, Random r, OffsetDateTime now) {
        int count = 0;
        List<Object[]> claims = new ArrayList<>();
        String[] categories = {"INPATIENT", "INPATIENT", "INPATIENT", "SERIOUS", "CHRONIC", "ACCIDENT", "WOMEN"};
        for (int year = city.today().getYear() - 2; year <= city.today().getYear(); year++) {
            for (DemoCity.Grassroots g : city.grassroots()) {
                if (g.employers().isEmpty() || r.nextInt(3) != 0) {
                    continue;
                }
                DemoCity.Employer e = g.employers().get(0);
                int insured = Math.max(1, e.employees() * 8 / 10);
                jdbc.sql("""
                        insert into insurance_enrolment (union_id, district_id, cover_year, unit_name, employer_id, insured_workers, premium_per_person,
                                                         amount_paid, paid_on, version, created_at, updated_at)
                        values (:u, :u, :y, :n, :e, :w, 60, :a, :p, 0, :now, :now)""").param("u", g.districtId()).param("y", year).param("n", e.name())
                        .param("e", e.id()).param("w", insured).param("a", BigDecimal.valueOf(insured * 60L)).param("p", LocalDate.of(year, 1, 15))
                        .param("now", now).update();
                count++;
                for (int i = 0, n = Math.max(insured / 30, r.nextInt(2)); i < n; i++) {
                    LocalDate admitted = LocalDate.of(year, 1, 20).plusDays(r.nextInt(300));
                    if (!admitted.plusDays(40).isBefore(city.today())) {
                        continue;
                    }
                    BigDecimal claimed = BigDecimal.valueOf(1000 + r.nextInt(20000));
                    boolean paid = r.nextInt(10) != 0;
                    claims.add(new Object[] {g.districtId(), g.districtId(), year, city.name(r), city.nextIdNumber(), e.name(), categories[r.nextInt(categories.length)],
                        admitted, admitted.plusDays(3 + r.nextInt(20)), admitted.plusDays(25), claimed,
                        paid ? claimed.multiply(new BigDecimal("0.6")) : null, paid ? admitted.plusDays(40) : null, 0, now, now});
                }
            }
        }
        bulk.write("insurance_claim", List.of("union_id", "district_id", "cover_year", "name", "id_number", "unit_name", "illness_category", "admitted_on",
                "discharged_on", "claimed_on", "amount_claimed", "amount_paid", "paid_on", "version", "created_at", "updated_at"), claims.iterator());
        return count;
    }

    /** Per district: stations near its centre, homes of its grassroots unions (some named 模范), a book room and a mothers' room. */
    private int places(DemoCity city, Random r, OffsetDateTime now) {
        Map<Long, String> divisions = new LinkedHashMap<>();
        city.grassroots().forEach(g -> divisions.putIfAbsent(g.districtId(), g.divisionCode()));
        int count = 0;
        int n = 0;
        for (var d : divisions.entrySet()) {
            double lon = 113.85 + 0.12 * (n % 6);
            double lat = 22.55 + 0.08 * (n / 6);
            n++;
            List<DemoCity.Grassroots> unions = city.grassroots().stream().filter(g -> g.districtId() == d.getKey()).toList();
            for (int i = 0, k = Math.min(12, city.size().scaled(1) / 2 + 3); i < k; i++) {
                long id = place(d.getKey(), "STATION", "户外劳动者服务站点（" + d.getValue() + "-" + (i + 1) + "）", "区总工会", "服务站点第" + (i + 1) + "号",
                        d.getValue(), lon + r.nextGaussian() * 0.02, lat + r.nextGaussian() * 0.015, city.today().minusDays(400 + r.nextInt(900)),
                        null, null, null, "7:00-21:00", services(r), now);
                grantsAndYears(city, r, id, now);
                count++;
            }
            for (int i = 0; i < Math.min(unions.size(), 6); i++) {
                boolean model = i < 2;
                DemoCity.Grassroots g = unions.get(i);
                place(g.id(), model ? "MODEL_HOME" : "WORKERS_HOME", (model ? "模范职工之家" : "职工之家") + "（" + g.id() + "）", "基层工会",
                        "单位内", g.divisionCode(), lon + r.nextGaussian() * 0.03, lat + r.nextGaussian() * 0.02,
                        city.today().minusDays(400 + r.nextInt(1500)), model ? (i == 0 ? "CITY" : "DISTRICT") : null,
                        model ? city.today().getYear() - 1 - r.nextInt(3) : null, null, null, null, now);
                count++;
            }
            long books = place(d.getKey(), "BOOK_ROOM", "职工书屋（" + d.getValue() + "）", "区总工会", "区工人文化宫二楼", d.getValue(),
                    lon, lat, city.today().minusDays(800), null, null, 2000 + r.nextInt(8000), null, null, now);
            grantsAndYears(city, r, books, now);
            place(d.getKey(), "MOTHER_ROOM", "爱心妈咪小屋（" + d.getValue() + "）", "区总工会", "区职工服务中心一楼", d.getValue(),
                    lon + 0.01, lat - 0.01, city.today().minusDays(500), null, null, null, "9:00-18:00", null, now);
            count += 2;
        }
        return count;
    }

    private static String services(Random r) {
        List<String> s = new ArrayList<>(List.of("WATER", "REST", "TOILET"));
        for (String extra : SERVICES) {
            if (!s.contains(extra) && r.nextBoolean()) {
                s.add(extra);
            }
        }
        return String.join(",", s);
    }

    private long place(long union, String kind, String name, String host, String address, String division, double lon, double lat, LocalDate opened,
                       String level, Integer namedYear, Integer books, String hours, String services, OffsetDateTime now) {
        return DemoCity.insert(jdbc, """
                insert into service_place (union_id, kind, name, host_name, address, division_code, longitude, latitude, status, opened_on, level,
                                           named_year, books, area, opening_hours, services, version, created_at, updated_at)
                values (:u, :k, :n, :h, :a, :d, :lon, :lat, 'OPEN', :o, :l, :y, :b, :area, :hours, :s, 0, :now, :now)""",
                "u", union, "k", kind, "n", name, "h", host, "a", address, "d", division,
                "lon", BigDecimal.valueOf(lon).setScale(6, java.math.RoundingMode.HALF_UP),
                "lat", BigDecimal.valueOf(lat).setScale(6, java.math.RoundingMode.HALF_UP), "o", opened, "l", level, "y", namedYear, "b", books,
                "area", new BigDecimal(30), "hours", hours, "s", services, "now", now);
    }

    private void grantsAndYears(DemoCity city, Random r, long place, OffsetDateTime now) {
        LocalDate granted = city.today().minusDays(30 + r.nextInt(300));
        jdbc.sql("insert into place_grant (place_id, amount, granted_on, fund_source, purpose, version, created_at, updated_at)"
                + " values (:p, :a, :g, 'UNION_FUNDS', '建设和运行补助', 0, :now, :now)").param("p", place).param("a", BigDecimal.valueOf(3000))
                .param("g", granted).param("now", now).update();
        jdbc.sql("insert into place_year (place_id, use_year, visits, review, version, created_at, updated_at) values (:p, :y, :v, 'PASS', 0, :now, :now)")
                .param("p", place).param("y", city.today().getYear() - 1).param("v", 500 + r.nextInt(5000)).param("now", now).update();
    }

}
