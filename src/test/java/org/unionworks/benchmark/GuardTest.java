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
        guard.tableReads(java.util.Map.of("member_tally", new long[] {300, 4_000}, "dict_item", new long[] {15, 10}));
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
    void theBestOfTwoImportsIsHeld() {
        Guard once = new Guard();
        once.importRatio("members", 0.148, 0.225);
        assertThat(once.lines()).containsExactly("ok   members import / slower floor 0.225 (the best of 0.148, 0.225), guard floor 0.150");
        Guard twiceSlow = new Guard();
        twiceSlow.importRatio("members", 0.148, 0.120);
        assertThat(twiceSlow.lines()).containsExactly("FAIL members import / slower floor 0.148 (the best of 0.148, 0.120), guard floor 0.150");
    }

    @Test
    void aFigureAboveItsCeilingFailsTheGuard() {
        Guard guard = measuredAll(0.26, 200_000);
        assertThat(guard.held()).isFalse();
        assertThat(guard.lines()).anyMatch(l -> l.startsWith("FAIL dashboard figures, whole city"));
    }

    @Test
    void aDashboardReadingAnUnlistedTableInFullFailsTheGuard() {
        Guard guard = new Guard();
        guard.tableReads(java.util.Map.of("new_module_record", new long[] {2_400, 1_200}, "member_tally", new long[] {300, 4_000}));
        assertThat(guard.lines()).anyMatch(l -> l.startsWith("FAIL tables read in full") && l.contains("new_module_record (2400 rows read of 1200)"));
        Guard.SCANNED_TABLES.forEach(listed -> {
            Guard ok = new Guard();
            ok.tableReads(java.util.Map.of(listed, new long[] {2_400, 1_200}));
            assertThat(ok.lines()).as(listed + " is listed").filteredOn(l -> !l.startsWith("info")).allMatch(l -> l.startsWith("ok"));
        });
    }

    @Test
    void aListedTableNoLongerReadInFullIsNamedWithoutFailingTheGuard() {
        Guard guard = measuredAll(0.26, 30_000);
        assertThat(guard.held()).isTrue();
        String listed = Guard.SCANNED_TABLES.iterator().next();
        assertThat(guard.lines()).anyMatch(l -> l.startsWith("info listed in Guard.SCANNED_TABLES but not read in full") && l.contains(listed));
    }

    @Test
    void aRatioNotMeasuredFailsTheGuard() {
        Guard guard = new Guard();
        guard.importRatio("members", 0.3);
        assertThat(guard.held()).isFalse();
    }
}
