package org.unionworks.figures;

import java.util.function.Function;

/** One named figure: its Chinese name, unit and definition as shown to users, and its one computation. */
public interface Indicator {

    String key();

    String name();

    String unit();

    String definition();

    /** Stock figures are counted on a date; flow figures over a period. */
    boolean stock();

    /** The value, or null when it is not defined (a rate over nothing). */
    Number compute(FigureScope scope);

    static Indicator of(String key, String name, String unit, boolean stock, String definition,
                        Function<FigureScope, Number> computation) {
        return new Indicator() {
            public String key() { return key; }
            public String name() { return name; }
            public String unit() { return unit; }
            public String definition() { return definition; }
            public boolean stock() { return stock; }
            public Number compute(FigureScope scope) { return computation.apply(scope); }
        };
    }
}
