package org.unionworks.platform.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** Computes figures of the catalogue for one subtree, date and period. */
@Service
public class Figures {

    /** A computed figure with everything a user needs to read it. */
    public record Value(String key, String name, String unit, String definition, boolean stock, Number value) {
    }

    private final Map<String, Indicator> catalogue = new LinkedHashMap<>();
    private final Scopes scopes;
    private final OrgTree orgTree;

    Figures(List<Indicator> indicators, Scopes scopes, OrgTree orgTree) {
        indicators.forEach(i -> catalogue.put(i.key(), i));
        this.scopes = scopes;
        this.orgTree = orgTree;
    }

    public Collection<Indicator> catalogue() {
        return catalogue.values();
    }

    /** The figures named by {@code keys} (all when empty) for the union's subtree; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public List<Value> compute(long unionId, LocalDate on, LocalDate from, LocalDate to, Collection<String> keys) {
        scopes.requireVisible(unionId);
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "统计期间的开始日期不能晚于结束日期");
        }
        String path = orgTree.pathOf(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        FigureScope scope = new FigureScope(path, on, from, to);
        Memo outer = memo.get();
        memo.set(new Memo(scope));
        try {
            List<Value> values = new ArrayList<>();
            for (Indicator i : catalogue.values()) {
                if (keys == null || keys.isEmpty() || keys.contains(i.key())) {
                    values.add(new Value(i.key(), i.name(), i.unit(), i.definition(), i.stock(), value(i.key(), scope)));
                }
            }
            return values;
        } finally {
            memo.set(outer);
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
     * once per {@link #compute} call; computed every time outside one.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(FigureScope scope, String key, Supplier<T> computation) {
        Memo m = memo.get();
        if (m == null || !m.scope.equals(scope)) {
            return computation.get();
        }
        if (!m.values.containsKey(key)) {
            // not computeIfAbsent: a rate's computation asks for other figures, which adds them to the map
            T value = computation.get();
            m.values.put(key, value);
        }
        return (T) m.values.get(key);
    }

    /** The values computed so far in this thread's {@link #compute} call, for its scope. */
    private record Memo(FigureScope scope, Map<String, Object> values) {
        Memo(FigureScope scope) {
            this(scope, new HashMap<>());
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
