package org.unionworks.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.NotFoundException;

import jakarta.annotation.PreDestroy;

/**
 * Computes figures of the catalogue for one subtree, date and period. The figures of one request are
 * independent queries: the request's thread and {@code unionworks.figures.parallelism - 1} helper
 * threads (shared by all requests) take them in turn, so on two cores two run at once (one district's
 * figures at city size: p50 78–87 ms one at a time, 50–66 ms two at a time); when the helpers are busy
 * with other requests, the request's own thread computes them all. A helper's queries run outside the
 * request's read-only transaction, each in a statement of its own; under READ COMMITTED each figure's
 * query saw a snapshot of its own before as well.
 */
@Service
public class Figures {

    /**
     * A computed figure with everything a user needs to read it; with a breakdown asked for and
     * offered by the figure, its parts too (else {@code by} and {@code parts} are null).
     */
    public record Value(String key, String name, String unit, String definition, boolean stock, Number value,
                        String by, List<BreakdownPart> parts, String caveat, boolean frozen) {

        /** This figure with the value an approved annual return froze for it. */
        Value frozenAt(Number locked) {
            return new Value(key, name, unit, definition, stock, locked, by, null, "取自已审核锁定的统计年报调查表（今天按记录计算为 " + value + "）",
                    true);
        }
    }

    /** One value of a dimension: its code (null: not filled in), its label and the figure for it. */
    public record BreakdownPart(String code, String label, Number value) {
    }

    private final Map<String, Indicator> catalogue = new LinkedHashMap<>();
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final int helpers;
    private final ExecutorService pool;

    private final Dictionaries dictionaries;
    private final org.springframework.beans.factory.ObjectProvider<FrozenFigures> frozenFigures;

    Figures(List<Indicator> indicators, Scopes scopes, OrgTree orgTree, Dictionaries dictionaries,
            org.springframework.beans.factory.ObjectProvider<FrozenFigures> frozenFigures,
            @org.springframework.beans.factory.annotation.Value("${unionworks.figures.parallelism:0}") int parallelism) {
        indicators.forEach(i -> catalogue.put(i.key(), i));
        this.dictionaries = dictionaries;
        this.frozenFigures = frozenFigures;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.helpers = (parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors()) - 1;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("figures-");
        threads.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(Math.max(1, helpers), threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public Collection<Indicator> catalogue() {
        return catalogue.values();
    }

    /** The figures named by {@code keys} (all when empty) for the union's subtree; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public List<Value> compute(long unionId, LocalDate on, LocalDate from, LocalDate to, Collection<String> keys) {
        return compute(unionId, on, from, to, keys, null);
    }

    /**
     * As {@link #compute(long, LocalDate, LocalDate, LocalDate, Collection)}, each figure that can be
     * broken down by the dimension {@code by} also broken down by it (all its values listed, zero or not).
     */
    @Transactional(readOnly = true)
    public List<Value> compute(long unionId, LocalDate on, LocalDate from, LocalDate to, Collection<String> keys, String by) {
        Dimension dimension = by == null ? null
                : dimension(by).orElseThrow(() -> new InvalidInputException("by", "没有名为“" + by + "”的分解维度"));
        FigureScope scope = scope(unionId, on, from, to);
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "统计期间的开始日期不能晚于结束日期");
        }
        List<Indicator> wanted = catalogue.values().stream().filter(i -> keys == null || keys.isEmpty() || keys.contains(i.key())).toList();
        Computed[] computed = new Batch(wanted, new Memo(scope), by).run();
        List<Value> result = new ArrayList<>(wanted.size());
        for (int k = 0; k < wanted.size(); k++) {
            Indicator i = wanted.get(k);
            Computed c = computed[k];
            result.add(new Value(i.key(), i.name(), i.unit(), i.definition(), i.stock(), c.value(),
                    c.parts() == null ? null : by, c.parts() == null ? null : parts(dimension, c.parts(), c.value()), c.caveat(), false));
        }
        return result;
    }

    /**
     * The figures named by {@code keys} for many units of the subtree at once, for the annual forms of a whole city:
     * each figure split per union in one query ({@link Indicator#perUnion}) and each union's part added to the unit
     * {@code unitOf} maps it to (a grassroots union for itself, its sub-unions and groups; unions not mapped are left
     * out); amounts in 万元 rounded to two decimals as the figure rounds them. A figure that is not split per union is
     * absent from the answer (compute it unit by unit).
     */
    @Transactional(readOnly = true)
    public Map<String, Map<Long, Number>> perUnit(long unionId, LocalDate on, LocalDate from, LocalDate to, Collection<String> keys,
                                                 Map<Long, Long> unitOf) {
        FigureScope scope = scope(unionId, on, from, to);
        Memo outer = memo.get();
        memo.set(new Memo(scope));
        try {
            Map<String, Map<Long, Number>> result = new LinkedHashMap<>();
            for (String key : keys) {
                Indicator i = catalogue.get(key);
                Map<Long, Number> perUnion = i == null ? null : i.perUnion(scope);
                if (perUnion != null) {
                    result.put(key, byUnit(i, perUnion, unitOf));
                }
            }
            return result;
        } finally {
            memo.set(outer);
        }
    }

    /** The records a figure counted for the union's subtree, date and period, or null when it does not list them. */
    @Transactional(readOnly = true)
    public Indicator.Rows rows(String key, long unionId, LocalDate on, LocalDate from, LocalDate to) {
        FigureScope scope = scope(unionId, on, from, to);
        Indicator i = catalogue.get(key);
        return i == null ? null : i.rows(scope);
    }

    /** The union's subtree, date and period as a figure's scope; 404 outside the caller's scope. */
    private FigureScope scope(long unionId, LocalDate on, LocalDate from, LocalDate to) {
        scopes.requireVisible(unionId);
        String path = orgTree.pathOf(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        return new FigureScope(path, on, from, to);
    }

    /** Labels of records a figure listed. */
    @Transactional(readOnly = true)
    public Map<Long, Indicator.RowInfo> rowInfo(String key, Collection<Long> ids) {
        Indicator i = catalogue.get(key);
        return i == null ? Map.of() : i.rowInfo(ids);
    }

    private static Map<Long, Number> byUnit(Indicator i, Map<Long, Number> perUnion, Map<Long, Long> unitOf) {
        Map<Long, Number> units = new java.util.HashMap<>();
        perUnion.forEach((union, value) -> {
            Long unit = unitOf.get(union);
            if (unit != null && value != null) {
                units.merge(unit, value, Figures::sum);
            }
        });
        if (Indicator.isMoney(i.unit())) {
            units.replaceAll((unit, v) -> new BigDecimal(v.toString()).setScale(2, RoundingMode.HALF_UP));
        }
        return units;
    }

    /**
     * As {@link #compute(long, LocalDate, LocalDate, LocalDate, Collection)}, the figures an approved annual statistical
     * return of the union froze for exactly this statistical year taking their frozen values (marked {@code frozen}, the
     * caveat naming today's value); the others as computed today.
     */
    @Transactional(readOnly = true)
    public List<Value> computeFrozen(long unionId, LocalDate on, LocalDate from, LocalDate to, Collection<String> keys) {
        List<Value> today = compute(unionId, on, from, to, keys, null);
        FrozenFigures source = frozenFigures.getIfAvailable();
        Map<String, Number> locked = source == null ? Map.of() : source.frozen(unionId, on, from, to);
        return today.stream().map(v -> locked.containsKey(v.key()) ? v.frozenAt(locked.get(v.key())) : v).toList();
    }

    /** A figure of one request: its value, when broken down its parts by value code (else null), and its caveat. */
    private record Computed(Number value, Map<String, Number> parts, String caveat) {
    }

    /** Every dimension some figure of the catalogue can be broken down by. */
    public Optional<Dimension> dimension(String key) {
        return catalogue.values().stream().flatMap(i -> i.dimensions().stream()).filter(d -> d.key().equals(key)).findFirst();
    }

    /** The values a dimension lists, code → label, in order (empty for one whose values are free text, such as titles). */
    public Map<String, String> labels(Dimension d) {
        return d.dictionary() == null ? d.labels() : dictionaries.labels(d.dictionary());
    }

    private static boolean hasDimension(Indicator i, String by) {
        return i.dimensions().stream().anyMatch(d -> d.key().equals(by));
    }

    /** Every value of the dimension in its order, with the figure or zero; codes it does not know after them. */
    private List<BreakdownPart> parts(Dimension d, Map<String, Number> computed, Number total) {
        Map<String, String> labels = labels(d);
        Number zero = total instanceof BigDecimal b ? BigDecimal.ZERO.setScale(b.scale()) : (Number) 0L;
        List<BreakdownPart> parts = new ArrayList<>();
        labels.forEach((code, label) -> parts.add(new BreakdownPart(code, label, computed.getOrDefault(code, zero))));
        computed.forEach((code, value) -> {
            if (code == null) {
                parts.add(new BreakdownPart(null, "未填", value));
            } else if (!labels.containsKey(code)) {
                parts.add(new BreakdownPart(code, code, value));
            }
        });
        return parts;
    }

    /** a + b, exact for amounts and counts alike (for parts of one group reported in several rows). */
    static Number sum(Number a, Number b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof Double || b instanceof Double) {
            return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
        }
        return a.longValue() + b.longValue();
    }

    /** An amount in yuan as 万元 with two decimals, as every money figure is shown. */
    public static BigDecimal tenThousands(Number yuan) {
        return new BigDecimal(yuan.toString()).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    /** Amounts per union in yuan as 万元, exact (rounded only once added up, see {@link #perUnit}). */
    public static Map<Long, Number> tenThousandsExact(Map<Long, Number> yuan) {
        Map<Long, Number> values = new java.util.HashMap<>();
        yuan.forEach((union, value) -> values.put(union, new BigDecimal(value.toString()).movePointLeft(4)));
        return values;
    }

    /** A breakdown in yuan as 万元 (each part rounded on its own). */
    public static Map<String, Number> tenThousands(Map<String, Number> yuan) {
        Map<String, Number> parts = new java.util.LinkedHashMap<>();
        yuan.forEach((code, value) -> parts.put(code, tenThousands(value)));
        return parts;
    }

    /**
     * One request's figures, taken in turn by its own thread and by the helpers that start while some are
     * left. Its thread waits only for figures a helper has taken, never for a helper still queued; a figure
     * built on others waits for one another thread is computing, and that thread is running, so a batch
     * always finishes.
     */
    private final class Batch {
        private final List<Indicator> wanted;
        private final Memo memo;
        private final String by;
        private final Computed[] values;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        Batch(List<Indicator> wanted, Memo memo, String by) {
            this.wanted = wanted;
            this.memo = memo;
            this.by = by;
            this.values = new Computed[wanted.size()];
            this.done = new CountDownLatch(wanted.size());
        }

        Computed[] run() {
            for (int h = 0; h < Math.min(helpers, wanted.size() - 1); h++) {
                pool.execute(this::take);
            }
            take();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing figures", e);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            return values;
        }

        private void take() {
            Memo outer = Figures.memo.get();
            Figures.memo.set(memo);
            try {
                for (int k = next.getAndIncrement(); k < wanted.size(); k = next.getAndIncrement()) {
                    try {
                        Indicator i = wanted.get(k);
                        boolean broken = by != null && hasDimension(i, by);
                        values[k] = new Computed(value(i.key(), memo.scope), broken ? i.breakdown(by, memo.scope) : null,
                                i.caveat(memo.scope));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                }
            } finally {
                Figures.memo.set(outer);
            }
        }
    }

    /**
     * One figure for a scope already resolved, for indicators built on other indicators (rates);
     * within one {@link #compute} each figure is computed once however many others use it.
     */
    public Number value(String key, FigureScope scope) {
        Indicator i = catalogue.get(key);
        if (i == null) {
            throw new IllegalArgumentException("no figure " + key);
        }
        return once(scope, "figure:" + key, () -> Optional.ofNullable(i.compute(scope))).orElse(null);
    }

    /**
     * What several figures of one scope read alike (e.g. one query for four member counts), computed
     * once per {@link #compute} call, by whichever of its threads needs it first; computed every time
     * outside one.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(FigureScope scope, String key, Supplier<T> computation) {
        Memo m = memo.get();
        if (m == null || !m.scope.equals(scope)) {
            return computation.get();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> computing = m.values.putIfAbsent(key, mine);
        if (computing != null) {
            try {
                return (T) computing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            T value = computation.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The values computed so far in one {@link #compute} call, for its scope, shared by the threads computing it. */
    private record Memo(FigureScope scope, Map<String, CompletableFuture<Object>> values) {
        Memo(FigureScope scope) {
            this(scope, new ConcurrentHashMap<>());
        }
    }

    private static final ThreadLocal<Memo> memo = new ThreadLocal<>();

    /** numerator / denominator as a percentage with one decimal; null when the denominator is zero. */
    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
