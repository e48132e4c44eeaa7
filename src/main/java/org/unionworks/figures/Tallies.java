package org.unionworks.figures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;

/**
 * City and district figures read from the modules' {@link Tally tallies} instead of the raw rows
 * (PostgreSQL only; elsewhere, and for any other subtree, modules count the rows). Every delta is
 * kept at its day and at its year, so a stock reads the year rows before the date's year and the
 * day rows of that year, a few thousand rows however long the history. On Citus
 * ({@code unionworks.database.distributed}) a tally serves when it is placed by district beside the
 * table it counts, whose shards' triggers keep it (db/vendor/citus/afterMigrate.sql); the figures of
 * the others count the rows, in parallel over the shards. {@code unionworks.figures.tallies=false}
 * turns every tally off (the figures count the rows), to compare both.
 */
@Component
public class Tallies {

    /** The first events of the year per employer (V56_3), whose flow over a period from 1 January counts each employer once. */
    public static final Tally FIRSTS = new Tally("first_tally");

    /** Counts and amounts of module rows per district and day (V56_4), for any period. */
    public static final Tally FLOWS = new Tally("flow_tally");

    private final JdbcClient jdbc;
    private final boolean tallied;
    private final boolean distributed;
    private final List<Tally> tallies;
    private volatile Set<String> placed;

    Tallies(JdbcClient jdbc, BulkWriter bulk, List<Tally> tallies,
            @Value("${unionworks.figures.tallies:true}") boolean enabled,
            @Value("${unionworks.database.distributed:false}") boolean distributed) {
        this.jdbc = jdbc;
        this.tallied = bulk.postgres() && enabled;
        this.distributed = distributed;
        this.tallies = Stream.concat(tallies.stream(), Stream.of(FIRSTS, FLOWS)).toList();
    }

    /** Whether the scope's figures come from {@code tally}: when it is kept, for the whole city or one district. */
    public boolean serve(Tally tally, FigureScope s) {
        return kept(tally) && (s.city() || s.district() != null);
    }

    /** Whether {@code tally} is kept by its triggers: on PostgreSQL every tally, on Citus those placed by district. */
    public boolean kept(Tally tally) {
        return tallied && (!distributed || placed().contains(tally.table()));
    }

    /** The tallies Citus holds by district (read once: placing a table happens when the application starts, by Flyway). */
    private Set<String> placed() {
        Set<String> known = placed;
        if (known == null) {
            known = Set.copyOf(jdbc.sql("select logicalrelid::regclass::text from pg_dist_partition where partmethod = 'h'")
                    .query(String.class).list());
            placed = known;
        }
        return known;
    }

    /** {@code select sums} of the deltas up to the scope's date: a stock on that date. */
    public JdbcClient.StatementSpec stock(Tally tally, String sums, FigureScope s) {
        return inDistrict(s, "district_id", district -> "select " + sums + " from " + upTo(tally.table()) + " t where t.day <= :on" + district)
                .param("year", s.on().withDayOfYear(1)).param("on", s.on());
    }

    /** {@code select sums} of the deltas in the scope's period: a flow over it. */
    public JdbcClient.StatementSpec flow(Tally tally, String sums, FigureScope s) {
        return of(tally, sums, "grain = 'D' and day between :from and :to", s).param("from", s.from()).param("to", s.to());
    }

    /**
     * A stock by part, from a tally keyed by a district and a part such as a union kind, or {@code O:} and an
     * employer's type ({@link Tally#parted}, or a bucket in {@code tally_bucket}): the parts whose name begins with {@code prefix},
     * by the rest of their name ({@code null} where it is empty), each with {@code sum} up to the scope's date.
     */
    public Map<String, Number> stockByPart(Tally tally, String prefix, String sum, FigureScope s) {
        Map<String, Number> parts = new LinkedHashMap<>();
        stocksByPart(tally, prefix, s, sum).forEach((part, sums) -> parts.put(part, sums[0]));
        return parts;
    }

    /** As {@link #stockByPart}, with several {@code sums} per part, in their order. */
    public Map<String, long[]> stocksByPart(Tally tally, String prefix, FigureScope s, String... sums) {
        return byPart(tally, upTo(tally.table()), prefix, "t.day <= :on", s, sums)
                .param("year", s.on().withDayOfYear(1)).param("on", s.on()).query(partsOf(prefix, sums.length));
    }

    /** Flows by part over the scope's period, from a tally keyed by parts (as {@link #stocksByPart}). */
    public Map<String, long[]> flowsByPart(Tally tally, String prefix, FigureScope s, String... sums) {
        return byPart(tally, tally.table(), prefix, "t.grain = 'D' and t.day between :from and :to", s, sums)
                .param("from", s.from()).param("to", s.to()).query(partsOf(prefix, sums.length));
    }

    /**
     * The employers that {@code figure} (V56_3, V56_4: {@code PP}, {@code DE}, {@code SR}, {@code PC}, {@code FP}) counts once over the
     * scope's period, from their first event of the year, or (V59_5: {@code AR}) that owe at its end; empty unless the
     * tallies serve the scope and the period runs from 1 January within one year (the dashboard's, a year's work report),
     * where the rows are counted instead.
     */
    public OptionalLong firsts(String figure, FigureScope s) {
        if (!serve(FIRSTS, s) || !s.from().equals(s.to().withDayOfYear(1))) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(monthlyFlowsByPart(FIRSTS, figure + (s.city() ? ":C" : ":D"), s, "coalesce(sum(t.firsts), 0)")
                .query(partsOf("", 1)).values().stream().mapToLong(sums -> sums[0]).sum());
    }

    /**
     * The count {0} and amounts {1}, {2} that the rows of {@code figure} (V56_4: {@code DI}, {@code FR}, {@code CS},
     * {@code CF}; V59_2: {@code CG}; V59_9: {@code IC}) add up to over the scope's period, read once per request; empty
     * unless the tallies serve the scope.
     */
    public Optional<BigDecimal[]> flows(String figure, FigureScope s) {
        if (!serve(FLOWS, s)) {
            return Optional.empty();
        }
        return Optional.of(Figures.once(s, "tallies.flows:" + figure, () -> flowSums(figure, s)));
    }

    /** As {@link #flows}, over every day up to the scope's date: a cumulative figure (累计). */
    public Optional<BigDecimal[]> flowsUpTo(String figure, FigureScope s) {
        if (!serve(FLOWS, s)) {
            return Optional.empty();
        }
        return Optional.of(Figures.once(s, "tallies.flowsUpTo:" + figure,
                () -> flowSums(figure, new FigureScope(s.pathPrefix(), s.on(), EVER, s.on()))));
    }

    /** Before any day a figure's rows can name. */
    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

    private BigDecimal[] flowSums(String figure, FigureScope s) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        monthlyFlowsByPart(FLOWS, figure + ":", s, "coalesce(sum(t.n), 0)", "coalesce(sum(t.a), 0)", "coalesce(sum(t.b), 0)")
                .query((ResultSet rs) -> {
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = sums[i].add(rs.getBigDecimal(i + 2));
                    }
                });
        return sums;
    }

    /**
     * A flow over the scope's period from a tally kept at the day and the month (V56_3): the month rows of the whole months
     * in the period, the day rows of the rest.
     */
    private JdbcClient.StatementSpec monthlyFlowsByPart(Tally tally, String prefix, FigureScope s, String... sums) {
        LocalDate wholeTo = s.to().plusDays(1).withDayOfMonth(1);
        LocalDate wholeFrom = s.from().getDayOfMonth() == 1 ? s.from() : s.from().plusMonths(1).withDayOfMonth(1);
        return byPart(tally, tally.table(), prefix, "(t.grain = 'M' and t.day >= :wholeFrom and t.day < :wholeTo"
                + " or t.grain = 'D' and t.day between :from and :to and (t.day < :wholeFrom or t.day >= :wholeTo))", s, sums)
                .param("wholeFrom", wholeFrom.isBefore(wholeTo) ? wholeFrom : wholeTo).param("wholeTo", wholeTo)
                .param("from", s.from()).param("to", s.to());
    }

    private JdbcClient.StatementSpec byPart(Tally tally, String rows, String prefix, String days, FigureScope s, String... sums) {
        String keys = tally.parted() ? "t" : "b";
        String from = rows + " t" + (tally.parted() ? "" : " join tally_bucket b on b.id = t.district_id");
        return inDistrict(s, keys + ".district_id", district -> "select " + keys + ".part, " + String.join(", ", sums) + " from " + from
                + " where " + days + " and " + keys + ".part like '" + literal(prefix) + "%'" + district + " group by " + keys + ".part");
    }

    /**
     * A part prefix written into the statement rather than bound: with a bound prefix the server's generic plan (kept from
     * a statement's sixth execution on) cannot tell how few buckets match, and read one district's member kinds in 144 ms
     * instead of 5. Prefixes are the modules' constants; anything else is refused.
     */
    private static String literal(String prefix) {
        if (!prefix.matches("[A-Za-z0-9_:/]*")) {
            throw new IllegalArgumentException("tally part prefix " + prefix);
        }
        return prefix;
    }

    /** The rows of {@link #byPart} merged by the part's name after {@code prefix} (a district's buckets and the city's). */
    private static org.springframework.jdbc.core.ResultSetExtractor<Map<String, long[]>> partsOf(String prefix, int width) {
        return rs -> {
            Map<String, long[]> parts = new LinkedHashMap<>();
            while (rs.next()) {
                String code = rs.getString(1).substring(prefix.length());
                long[] sums = parts.computeIfAbsent(code.isEmpty() ? null : code, c -> new long[width]);
                for (int i = 0; i < width; i++) {
                    sums[i] += rs.getLong(i + 2);
                }
            }
            return parts;
        };
    }

    private JdbcClient.StatementSpec of(Tally tally, String sums, String days, FigureScope s) {
        return inDistrict(s, "district_id", district -> "select " + sums + " from " + tally.table() + " where " + days + district);
    }

    /**
     * A stock tally's rows up to {@code :on}: its years before {@code :year} (the date's year) and its days since then, as two
     * ranges, each of which an index of the tally covering its columns reads alone. Written as one condition with {@code or},
     * PostgreSQL fetched every matching row from the table's pages: the large city's member kinds in 85 ms, as two ranges 10.
     */
    private static String upTo(String table) {
        return "(select * from " + table + " where grain = 'Y' and day < :year union all select * from " + table
                + " where grain = 'D' and day >= :year and day <= :on)";
    }

    /** The statement {@code sql} writes around its district condition on {@code column}: none for the city, the scope's district otherwise. */
    private JdbcClient.StatementSpec inDistrict(FigureScope s, String column, java.util.function.UnaryOperator<String> sql) {
        Long district = s.district();
        var statement = jdbc.sql(sql.apply(district == null ? "" : " and " + column + " = :district"));
        return district == null ? statement : statement.param("district", district);
    }

    /** Folds each tally into one row per district, grain and day; every figure is the same before and after. */
    @Scheduled(fixedDelayString = "${unionworks.figures.tally-compaction:PT2M}", initialDelayString = "PT1M")
    public void compact() {
        tallies.forEach(this::compact);
    }

    /**
     * Folds one tally, as {@link #compact()} does every tally (after a bulk write that added many rows to it); on Citus
     * each shard where it lies.
     */
    public void compact(Tally tally) {
        if (!kept(tally)) {
            return;
        }
        if (!distributed) {
            jdbc.sql("select tally_compact(:t)").param("t", tally.table()).query((rs, n) -> 0).list();
            return;
        }
        List<String> failed = jdbc.sql("select result from run_command_on_shards(:t, $$select tally_compact('%s')$$) where not success")
                .param("t", tally.table()).query(String.class).list();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("folding " + tally.table() + " failed on " + failed.size() + " shards: " + failed.get(0));
        }
    }
}
