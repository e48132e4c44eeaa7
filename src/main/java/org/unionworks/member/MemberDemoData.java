package org.unionworks.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;
import org.unionworks.platform.validation.IdNumbers;

/**
 * The demo city's members: as many as the city's size, spread over the grassroots unions and
 * their employers, with plausible shares of women, migrant and new-employment-form workers, and
 * about 6% who joined this year. Streamed, so memory stays flat even for five million.
 */
@Component
class MemberDemoData implements DemoContributor {

    static final List<String> COLUMNS = List.of("union_id", "district_id", "employer_id", "name", "id_number", "id_reversed",
            "birth_date", "sex", "ethnicity", "political_status", "education", "hukou_type", "migrant_worker", "new_form_kind",
            "phone", "card_no", "joined_on", "status", "status_since", "active_id_number", "version", "created_at", "updated_at");
    private static final String[] POLITICAL = {"13", "13", "13", "13", "13", "01", "01", "03"};
    private static final String[] EDUCATION = {"20", "30", "30", "40", "60", "60", "70", "10"};
    private static final String[] NEW_FORM = {"TRUCK", "COURIER", "DELIVERY", "RIDE_HAILING", "HOUSEKEEPING"};

    private final BulkWriter bulk;
    private final JdbcClient jdbc;

    MemberDemoData(BulkWriter bulk, JdbcClient jdbc) {
        this.bulk = bulk;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String contribute(DemoCity city) {
        long n = bulk.write("member", COLUMNS, new Rows(city));
        int applications = Math.max(5, city.size().grassroots * 3 / 1000);
        bulk.write("join_application", List.of("union_id", "name", "id_number", "phone", "employer_name", "no_union_at_employer",
                "status", "submitted_at", "pending_id_number", "version", "created_at", "updated_at"), applications(city, applications));
        long joinedOnline = bulk.write("join_application", List.of("union_id", "name", "id_number", "phone", "employer_name", "status",
                "submitted_at", "decided_at", "decided_by", "member_id", "version", "created_at", "updated_at"),
                joinedOnline(city, Math.max(10, city.size().grassroots * 10 / 1000)).iterator());
        long transfers = bulk.write("member_transfer", List.of("member_id", "from_union_id", "to_union_id", "status", "reason",
                "requested_on", "requested_by", "decided_on", "decided_by", "decision_note", "pending_member_id", "version", "created_at",
                "updated_at"), transfers(city, Math.max(4, city.size().grassroots * 2 / 1000)).iterator());
        return String.format("会员 %,d 名（其中今年网上入会 %d 名），待审核的网上入会申请 %d 份，会员转接 %d 笔", n, joinedOnline, applications,
                transfers);
    }

    /** Some of this year's new members came through 网上入会: their applications, approved on the day they joined. */
    private List<Object[]> joinedOnline(DemoCity city, int count) {
        Map<Long, String> employers = new HashMap<>();
        city.grassroots().forEach(g -> employers.put(g.id(), g.employers().get(0).name()));
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                        select union_id, name, id_number, phone, joined_on, id from member
                         where joined_on between :from and :to and status = 'ACTIVE' and phone is not null and mod(id, :every) = 0
                         order by id limit :n""")
                .param("from", city.today().withDayOfYear(1)).param("to", city.today()).param("n", count)
                // about 6 % joined this year: every so many of them, so that the count is reached across the whole city
                .param("every", Math.max(1, city.size().members / (25 * count)))
                .query((rs, i) -> {
                    LocalDate joined = rs.getObject(5, LocalDate.class);
                    OffsetDateTime decided = joined.atTime(15, 0).atZone(zone).toOffsetDateTime();
                    OffsetDateTime submitted = joined.minusDays(2).atTime(20, 30).atZone(zone).toOffsetDateTime();
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), employers.get(rs.getLong(1)),
                        "APPROVED", submitted, decided.isAfter(now) ? now : decided, "演示数据", rs.getLong(6), 0, submitted, now};
                }).list();
    }

    private static final String[] MOVES = {"调动工作", "劳动关系转入新单位", "随企业分立转入"};

    /**
     * 会员转接 of the last two weeks: members of one grassroots union asked to move to another; three in four await the
     * receiving union, the others it sent back. None is accepted, so every member is still where the generator put them.
     */
    private List<Object[]> transfers(DemoCity city, int count) {
        Random r = city.random("transfer");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<DemoCity.Grassroots> unions = city.grassroots();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots from = unions.get(i * unions.size() / count);
            DemoCity.Grassroots to = unions.get((i * unions.size() / count + 1 + r.nextInt(unions.size() - 1)) % unions.size());
            Long member = jdbc.sql("select min(id) from member where district_id = :d and union_id = :u and status = 'ACTIVE'")
                    .param("d", from.districtId()).param("u", from.id()).query(Long.class).single();
            if (member == null) {
                continue;
            }
            boolean pending = i % 4 != 3;
            LocalDate asked = city.today().minusDays((pending ? 1 : 3) + r.nextInt(12));
            rows.add(new Object[] {member, from.id(), to.id(), pending ? "PENDING" : "REJECTED", MOVES[r.nextInt(MOVES.length)], asked,
                "演示数据", pending ? null : asked.plusDays(2), pending ? null : "演示数据",
                pending ? null : "经核实，该职工尚未与我单位签订劳动合同，请核实后重新办理", pending ? member : null, 0, now, now});
        }
        return rows;
    }

    /** 网上入会 of the last week, not yet decided: workers of the unions' employers, each a person not yet a member. */
    private static Iterator<Object[]> applications(DemoCity city, int count) {
        Random r = city.random("join");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            String id = city.nextIdNumber();
            OffsetDateTime at = now.minusHours(1 + r.nextInt(7 * 24));
            return new Object[] {g.id(), city.name(r), id, "139" + String.format("%08d", 10_000_000 + i), g.employers().get(0).name(), false,
                "PENDING", at, id, 0, at, at};
        }).iterator();
    }

    /** One row per member, generated as COPY reads them. */
    private static final class Rows implements Iterator<Object[]> {
        private final DemoCity city;
        private final Random r;
        private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        private final LocalDate today;
        private int union;
        private int inUnion;
        private long serial;

        Rows(DemoCity city) {
            this.city = city;
            this.r = city.random("member");
            this.today = city.today();
            skipEmpty();
        }

        private void skipEmpty() {
            while (union < city.grassroots().size() && inUnion >= city.grassroots().get(union).members()) {
                union++;
                inUnion = 0;
            }
        }

        @Override
        public boolean hasNext() {
            return union < city.grassroots().size();
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DemoCity.Grassroots g = city.grassroots().get(union);
            Object[] row = member(g, g.employers().get(inUnion % g.employers().size()));
            inUnion++;
            skipEmpty();
            return row;
        }

        private Object[] member(DemoCity.Grassroots g, DemoCity.Employer employer) {
            String id = city.nextIdNumber();
            IdNumbers.Parsed parsed = IdNumbers.parse(id, today);
            LocalDate adult = parsed.birthDate().plusYears(18);
            LocalDate drawn = r.nextInt(100) < 6 ? today.withDayOfYear(1).plusDays(r.nextInt(today.getDayOfYear()))
                    : adult.plusDays(r.nextInt((int) Math.max(1, today.toEpochDay() - adult.toEpochDay())));
            // nobody is a member of a union before it exists: a new union's workers join when it is founded
            LocalDate joined = drawn.isBefore(g.foundedOn()) ? g.foundedOn() : drawn;
            boolean migrant = r.nextInt(100) < 22;
            String newForm = r.nextInt(100) < 4 ? NEW_FORM[r.nextInt(NEW_FORM.length)] : null;
            serial++;
            return new Object[] {g.id(), g.districtId(), employer.id(), city.name(r), id, new StringBuilder(id).reverse().toString(),
                parsed.birthDate(), parsed.sex().name(), r.nextInt(100) < 94 ? "01" : String.format("%02d", 2 + r.nextInt(20)),
                POLITICAL[r.nextInt(POLITICAL.length)], EDUCATION[r.nextInt(EDUCATION.length)], migrant ? "1" : "3", migrant,
                newForm, "13" + String.format("%09d", serial), "GH" + String.format("%010d", serial), joined, "ACTIVE", joined, id,
                0, now, now};
        }
    }
}
