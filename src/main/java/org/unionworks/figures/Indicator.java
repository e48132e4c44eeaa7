package org.unionworks.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One named figure: its Chinese name, unit and definition as shown to users, its one computation,
 * and the dimensions it can be broken down by, each with the computation of its parts (value code →
 * figure; a null code for records without a value). The parts of a count or an amount add up to the
 * figure, so a breakdown never tells another story than the total.
 */
public interface Indicator {

    String key();

    String name();

    String unit();

    /** Whether a unit is money (万元, 元): such figures are shown and written with two decimals, here and in the pages. */
    static boolean isMoney(String unit) {
        return unit != null && unit.endsWith("元");
    }

    String definition();

    /** Stock figures are counted on a date; flow figures over a period. */
    boolean stock();

    /** The value, or null when it is not defined (a rate over nothing). */
    Number compute(FigureScope scope);

    /** The dimensions this figure can be broken down by. */
    default List<Dimension> dimensions() {
        return List.of();
    }

    /**
     * What the figure counted on uncertain data, in a sentence for its explanation (records dated only
     * by year or month, values not known): null when it counted none.
     */
    default String caveat(FigureScope scope) {
        return null;
    }

    /** The figure per value of the dimension named (one of {@link #dimensions()}). */
    default Map<String, Number> breakdown(String dimension, FigureScope scope) {
        throw new IllegalArgumentException(key() + " has no dimension " + dimension);
    }

    /**
     * The figure for each union of the scope that has records, by the union they belong to itself (not its subtree), so
     * that many unions' figures come from one query (the annual forms of a whole city); null when the figure is not
     * split so. Counts and amounts only: summed over a union's subtree they give its figure (amounts in the figure's
     * unit, not yet rounded).
     */
    default Map<Long, Number> perUnion(FigureScope scope) {
        return null;
    }

    /**
     * The records the figure counted for a scope, each with what it added (1 for a count), so that a value frozen in an
     * approved annual form can later be compared record by record with today's; null when the figure does not list them.
     */
    default Rows rows(FigureScope scope) {
        return null;
    }

    /** Short labels of records {@link #rows} listed (a member's name, an employer's), with when each was entered. */
    default Map<Long, RowInfo> rowInfo(java.util.Collection<Long> ids) {
        return Map.of();
    }

    /** Records of one entity (as the audit log names it) and what each added to the figure. */
    record Rows(String entity, Map<Long, Number> contributions) {
    }

    record RowInfo(String label, java.time.OffsetDateTime enteredAt) {
    }

    /** How a figure lists its records: the audited entity, the records with their contributions, their labels. */
    record RowSource(String entity, Function<FigureScope, Map<Long, Number>> rows,
                     Function<java.util.Collection<Long>, Map<Long, RowInfo>> info) {

        /**
         * Records listed by SQL selecting an id and what it adds ({@code select c.id, 1 … where %s …}, scoped by
         * {@code unionColumns} as {@link FigureScope#byId}), labelled by SQL selecting an id, a label and when the record
         * was entered for {@code :ids}.
         */
        public static RowSource of(org.springframework.jdbc.core.simple.JdbcClient jdbc, String entity, String rows, String info,
                                   String... unionColumns) {
            return new RowSource(entity, s -> s.byId(jdbc, rows, unionColumns), ids -> FigureScope.rowInfo(jdbc, info, ids));
        }
    }

    static Definition of(String key, String name, String unit, boolean stock, String definition,
                         Function<FigureScope, Number> computation) {
        return new Definition(key, name, unit, stock, definition, computation, List.of(), s -> null, null, null);
    }

    /** An indicator as the modules declare it: {@code Indicator.of(...).by(dimension, parts)…}. */
    record Definition(String key, String name, String unit, boolean stock, String definition,
                      Function<FigureScope, Number> computation, List<Breakdown> breakdowns,
                      Function<FigureScope, String> caveats, Function<FigureScope, Map<Long, Number>> split,
                      RowSource rowSource) implements Indicator {

        /** This figure, also broken down by {@code dimension}, its parts computed by {@code parts}. */
        public Definition by(Dimension dimension, Function<FigureScope, Map<String, Number>> parts) {
            List<Breakdown> more = new ArrayList<>(breakdowns);
            more.add(new Breakdown(dimension, parts));
            return new Definition(key, name, unit, stock, definition, computation, List.copyOf(more), caveats, split, rowSource);
        }

        /** This figure also per union ({@link Indicator#perUnion}), computed by {@code perUnion}. */
        public Definition perUnion(Function<FigureScope, Map<Long, Number>> perUnion) {
            return new Definition(key, name, unit, stock, definition, computation, breakdowns, caveats, perUnion, rowSource);
        }

        /** This figure also listing its records ({@link Indicator#rows}). */
        public Definition rows(RowSource source) {
            return new Definition(key, name, unit, stock, definition, computation, breakdowns, caveats, split, source);
        }

        @Override
        public Rows rows(FigureScope scope) {
            return rowSource == null ? null : new Rows(rowSource.entity(), rowSource.rows().apply(scope));
        }

        @Override
        public Map<Long, RowInfo> rowInfo(java.util.Collection<Long> ids) {
            return rowSource == null || ids.isEmpty() ? Map.of() : rowSource.info().apply(ids);
        }

        @Override
        public Map<Long, Number> perUnion(FigureScope scope) {
            return split == null ? null : split.apply(scope);
        }

        /** This figure with what it counted on uncertain data, stated by {@code caveat} (null when nothing). */
        public Definition caveat(Function<FigureScope, String> caveat) {
            return new Definition(key, name, unit, stock, definition, computation, breakdowns, caveat, split, rowSource);
        }

        @Override
        public String caveat(FigureScope scope) {
            return caveats.apply(scope);
        }

        @Override
        public Number compute(FigureScope scope) {
            return computation.apply(scope);
        }

        @Override
        public List<Dimension> dimensions() {
            return breakdowns.stream().map(Breakdown::dimension).toList();
        }

        @Override
        public Map<String, Number> breakdown(String dimension, FigureScope scope) {
            return breakdowns.stream().filter(b -> b.dimension().key().equals(dimension)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(key + " has no dimension " + dimension))
                    .parts().apply(scope);
        }
    }

    record Breakdown(Dimension dimension, Function<FigureScope, Map<String, Number>> parts) {
    }
}
