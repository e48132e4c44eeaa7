package org.unionworks.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardTest {

    private static Guard measuredAll(double members, long cityP95Micros) {
        Guard guard = new Guard();
        Guard.IMPORT_FLOORS.forEach((name, floor) -> guard.importRatio(name, name.equals("members") ? members : floor * 2));
        for (String figure : Guard.FIGURE_CEILINGS.keySet()) {
            guard.figureRatio(figure, figure.equals("dashboard figures, whole city") ? cityP95Micros : 20_000, 2_000);
        }
        return guard;
    }

    @Test
    void holdsWhenEveryRatioIsWithinItsFloor() {
        assertThat(measuredAll(0.26, 30_000).held()).isTrue();
    }

    @Test
    void anImportBelowItsFloorFailsTheGuard() {
        Guard guard = measuredAll(0.10, 30_000);
        assertThat(guard.held()).isFalse();
        assertThat(guard.lines()).anyMatch(l -> l.startsWith("FAIL members import"));
    }

    @Test
    void aFigureAboveItsCeilingFailsTheGuard() {
        Guard guard = measuredAll(0.26, 200_000);
        assertThat(guard.held()).isFalse();
        assertThat(guard.lines()).anyMatch(l -> l.startsWith("FAIL dashboard figures, whole city"));
    }

    @Test
    void aRatioNotMeasuredFailsTheGuard() {
        Guard guard = new Guard();
        guard.importRatio("members", 0.3);
        assertThat(guard.held()).isFalse();
    }
}
