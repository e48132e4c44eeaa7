package org.unionworks.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.validation.CreditCodes;

/**
 * The demo city's union tree (districts, towns, grassroots unions of every kind), its employers
 * (about three in four covered by a union; joint unions cover several), coverage and committee terms
 * (some expiring soon, some overdue).
 */
@Component
class OrgDemoData implements DemoContributor {

    private static final String[] DISTRICTS = {"东湖区", "西山区", "南港区", "北岭区", "中原区", "高新区", "滨江区", "临河区",
        "青松区", "金沙区", "云台区", "新港区", "桃源区", "白鹭区", "红枫区"};
    private static final String[] TRADES = {"机械", "电子", "纺织", "物流", "建设", "食品", "医药", "化工", "商贸", "软件", "汽车", "能源"};
    private static final String[] INDUSTRIES = {"C", "C", "C", "C", "E", "F", "F", "G", "H", "I", "K", "L", "M", "N", "O", "P", "Q"};
    private static final String[] OWNERSHIP = {"171", "171", "171", "171", "160", "160", "170", "110", "150", "300", "200"};
    private static final List<String> EMPLOYER_COLUMNS = List.of("union_id", "name", "credit_code", "ownership_type", "industry",
            "division_code", "employee_count", "female_count", "migrant_count", "new_form_count", "should_have_union",
            "registered_on", "status", "version", "created_at", "updated_at");

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final Dictionaries dictionaries;
    private final int threshold;

    OrgDemoData(JdbcClient jdbc, BulkWriter bulk, Dictionaries dictionaries,
                @Value("${unionworks.org.union-threshold:25}") int threshold) {
        this.dictionaries = dictionaries;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.threshold = threshold;
    }

    @Override
    public int order() {
        return 10;
    }

    /** A union row as written; {@code employers} and {@code members} only for grassroots unions. */
    private record Union(long id, long parentId, String path, int depth, long districtId, String name, String type, String kind,
                         String division, LocalDate foundedOn, String chair) {
    }

    /** An employer as generated, before it has an id. */
    private record Planned(long unionId, String name, String code, String ownership, String industry, String division,
                           int employees, LocalDate registered, int coveredBy) {
    }

    /** Real county-level GB/T 2260 codes (Shenzhen's first), so demo records can be edited and saved. */
    private List<String> divisions(int n) {
        return dictionaries.entries("division").stream().map(Dictionaries.Entry::code)
                .filter(code -> code.startsWith("44") && !code.endsWith("00"))
                .sorted(java.util.Comparator.comparing((String code) -> code.startsWith("4403") ? 0 : 1)
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(n).toList();
    }

    @Override
    public String contribute(DemoCity city) {
        if (jdbc.sql("select count(*) from union_org").query(Long.class).single() > 1) {
            throw new IllegalStateException("示范数据只能生成到空数据库：数据库中已有工会组织");
        }
        DemoCity.Size size = city.size();
        Random r = city.random("org");
        LocalDate today = city.today();
        List<Long> ids = ids(size.districts * (1 + size.townsPerDistrict) + size.grassroots);
        int next = 0;
        List<Union> unions = new ArrayList<>();
        List<Union> towns = new ArrayList<>();
        List<String> divisions = divisions(size.districts);
        for (int d = 0; d < size.districts; d++) {
            long id = ids.get(next++);
            String division = divisions.get(d % divisions.size());
            city.divisions().add(division);
            Union district = new Union(id, DemoCity.ROOT, "/" + DemoCity.ROOT + "/" + id + "/", 1, id, DISTRICTS[d] + "总工会",
                    "DISTRICT_FEDERATION", null, division, LocalDate.of(1985, 1, 1), city.name(r));
            unions.add(district);
            for (int t = 0; t < size.townsPerDistrict; t++) {
                long tid = ids.get(next++);
                Union town = new Union(tid, id, district.path() + tid + "/", 2, id, DISTRICTS[d].substring(0, 2) + (t + 1) + "街道总工会",
                        "TOWN_FEDERATION", null, division, LocalDate.of(2000, 1, 1), city.name(r));
                unions.add(town);
                towns.add(town);
            }
        }
        int[] members = shares(size.members, size.grassroots, r);
        List<Union> grassroots = new ArrayList<>();
        List<Planned> employers = new ArrayList<>();
        for (int g = 0; g < size.grassroots; g++) {
            Union town = towns.get(r.nextInt(towns.size()));
            long id = ids.get(next++);
            String kind = pick(r, 10, "JOINT", 8, "PUBLIC_INSTITUTION", 5, "SOCIAL_ORG", 77, "ENTERPRISE");
            String trade = TRADES[r.nextInt(TRADES.length)];
            String base = town.name().replace("街道总工会", "") + trade + (g + 1);
            LocalDate founded = founded(r, today);
            String name = kind.equals("JOINT") ? base + "联合工会" : kind.equals("PUBLIC_INSTITUTION") ? base + "中心工会"
                    : kind.equals("SOCIAL_ORG") ? base + "协会工会" : base + "有限公司工会";
            Union u = new Union(id, town.id(), town.path() + id + "/", 3, town.districtId(), name, "GRASSROOTS", kind, town.division(),
                    founded, city.name(r));
            unions.add(u);
            grassroots.add(u);
            int covered = kind.equals("JOINT") ? 6 : 1;
            for (int e = 0; e < covered; e++) {
                int share = members[g] / covered + (e < members[g] % covered ? 1 : 0);
                employers.add(employer(r, employers.size(), id, base + (covered > 1 ? "第" + (e + 1) + "户" : "") + "企业", kind,
                        u.division(), share + 1 + share * 15 / 85 + r.nextInt(3), founded, g));
            }
        }
        while (employers.size() < size.employers) {
            Union town = towns.get(r.nextInt(towns.size()));
            employers.add(employer(r, employers.size(), town.id(), town.name().replace("街道总工会", "") + "未建会企业" + employers.size(),
                    "ENTERPRISE", town.division(), 3 + r.nextInt(120), null, -1));
        }
        writeUnions(unions, today);
        Map<String, Long> employerIds = writeEmployers(employers, today);
        List<List<DemoCity.Employer>> covered = new ArrayList<>();
        grassroots.forEach(g -> covered.add(new ArrayList<>()));
        for (Planned p : employers) {
            if (p.coveredBy() >= 0) {
                covered.get(p.coveredBy()).add(new DemoCity.Employer(employerIds.get(p.code()), p.name(), p.employees()));
            }
        }
        writeCoverage(grassroots, covered);
        writeTerms(grassroots, r, today);
        for (int g = 0; g < grassroots.size(); g++) {
            Union u = grassroots.get(g);
            city.addGrassroots(new DemoCity.Grassroots(u.id(), u.districtId(), u.division(), u.foundedOn(), covered.get(g), members[g]));
        }
        return String.format("工会组织 %,d 个（区县 %d，镇街 %d，基层 %,d），单位 %,d 家", unions.size(), size.districts,
                towns.size(), grassroots.size(), employers.size());
    }

    private List<Long> ids(int n) {
        String sql = bulk.postgres() ? "select nextval('union_org_seq') from generate_series(1, :n)"
                : "select next value for union_org_seq from system_range(1, :n)";
        return jdbc.sql(sql).param("n", n).query(Long.class).list();
    }

    private Planned employer(Random r, int index, long unionId, String name, String kind, String division, int employees,
                             LocalDate founded, int coveredBy) {
        String first17 = "91" + division + String.format("%09d", index + 1);
        String ownership = kind.equals("PUBLIC_INSTITUTION") ? "520" : kind.equals("SOCIAL_ORG") ? "540"
                : OWNERSHIP[r.nextInt(OWNERSHIP.length)];
        LocalDate registered = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(9_000));
        if (founded != null && registered.isAfter(founded)) {
            registered = founded;
        }
        return new Planned(unionId, name, first17 + CreditCodes.checkChar(first17), ownership,
                INDUSTRIES[r.nextInt(INDUSTRIES.length)], division, employees, registered, coveredBy);
    }

    /** Splits a total into {@code n} uneven shares (small workshops and large plants). */
    private static int[] shares(int total, int n, Random r) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(r.nextGaussian() * 0.9);
            sum += w[i];
        }
        int[] out = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (int) Math.floor(total * w[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n, given++) {
            out[i]++;
        }
        return out;
    }

    private static String pick(Random r, Object... weighted) {
        int roll = r.nextInt(100);
        for (int i = 0; i < weighted.length; i += 2) {
            roll -= (Integer) weighted[i];
            if (roll < 0) {
                return (String) weighted[i + 1];
            }
        }
        return (String) weighted[weighted.length - 1];
    }

    /** A union founded this year (6 in 100), last year (5 in 100) or since 1990: the city founds unions every year. */
    private static LocalDate founded(Random r, LocalDate today) {
        int roll = r.nextInt(100);
        LocalDate thisYear = today.withDayOfYear(1);
        if (roll < 6) {
            return thisYear.plusDays(r.nextInt(today.getDayOfYear()));
        }
        return roll < 11 ? thisYear.minusYears(1).plusDays(r.nextInt(thisYear.minusYears(1).lengthOfYear()))
                : LocalDate.of(1990, 1, 1).plusDays(r.nextInt(12_000));
    }

    /** One grassroots union in 25 was entered from an old list that gave only its founding year (数据质量 lists them). */
    private static boolean foundedInAYearOnly(Union u) {
        return u.kind() != null && u.id() % 25 == 0;
    }

    private void writeUnions(List<Union> unions, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.write("union_org", List.of("id", "parent_id", "path", "depth", "district_id", "name", "org_type", "grassroots_kind",
                        "division_code", "founded_on", "chair_name", "status", "sort_order", "version", "created_at", "updated_at",
                        "approval_union_id", "approval_no", "founded_on_precision"),
                unions.stream().map(u -> new Object[] {u.id(), u.parentId(), u.path(), u.depth(), u.districtId(), u.name(), u.type(),
                        u.kind(), u.division(), foundedInAYearOnly(u) ? u.foundedOn().withDayOfYear(1) : u.foundedOn(), u.chair(),
                        "ACTIVE", 0, 0, now, now,
                        u.kind() == null ? null : u.districtId(), u.kind() == null ? null : "示范工批〔" + u.foundedOn().getYear() + "〕" + u.id() + "号",
                        foundedInAYearOnly(u) ? "YEAR" : "DAY"})
                        .iterator());
    }

    private Map<String, Long> writeEmployers(List<Planned> employers, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.write("employer", EMPLOYER_COLUMNS, employers.stream().map(p -> new Object[] {p.unionId(), p.name(), p.code(),
                p.ownership(), p.industry(), p.division(), p.employees(), p.employees() * 2 / 5, p.employees() / 4,
                p.employees() / 30, p.employees() >= threshold, p.registered(), "ACTIVE", 0, now, now}).iterator());
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select credit_code, id from employer").query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        bulk.write("employer_headcount", List.of("employer_id", "counted_on", "employees", "created_at"), employers.stream()
                .map(p -> new Object[] {ids.get(p.code()), p.registered(), p.employees(), now}).iterator());
        return ids;
    }

    private void writeCoverage(List<Union> grassroots, List<List<DemoCity.Employer>> covered) {
        List<Object[]> rows = new ArrayList<>();
        for (int g = 0; g < grassroots.size(); g++) {
            for (DemoCity.Employer e : covered.get(g)) {
                rows.add(new Object[] {grassroots.get(g).id(), e.id(), grassroots.get(g).foundedOn(), e.id()});
            }
        }
        bulk.write("union_org_employer", List.of("union_id", "employer_id", "from_date", "current_employer_id"), rows.iterator());
    }

    /** One current term per grassroots union: about 2% overdue, 5% ending within 90 days. */
    private void writeTerms(List<Union> grassroots, Random r, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (Union u : grassroots) {
            int years = r.nextInt(5) == 0 ? 3 : 5;
            int roll = r.nextInt(100);
            LocalDate ends = roll < 2 ? today.minusDays(1 + r.nextInt(200)) : roll < 7 ? today.plusDays(r.nextInt(90))
                    : today.plusDays(90 + r.nextInt(years * 365 - 90));
            LocalDate starts = ends.minusYears(years);
            if (starts.isBefore(u.foundedOn())) {
                starts = u.foundedOn();
                ends = starts.plusYears(years);
            }
            rows.add(new Object[] {u.id(), u.districtId(), 1 + Math.max(0, (starts.getYear() - u.foundedOn().getYear()) / years), starts, ends, years,
                    u.chair(), "CURRENT", 0, now, now});
        }
        bulk.write("union_term", List.of("union_id", "district_id", "term_no", "starts_on", "ends_on", "length_years", "chair_name", "status",
                "version", "created_at", "updated_at"), rows.iterator());
    }
}
