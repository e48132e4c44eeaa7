package org.unionworks.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which subtree a figure is asked for decides how it is counted: the city, one district, or any other union. */
class FigureScopeTest {

    private static FigureScope at(String path) {
        LocalDate d = LocalDate.of(2026, 6, 30);
        return new FigureScope(path, d, d.withDayOfYear(1), d);
    }

    @Test
    void theRootIsTheWholeCityAndNeedsNoUnionLookup() {
        FigureScope city = at("/1/");
        assertThat(city.city()).isTrue();
        assertThat(city.district()).isNull();
        assertThat(city.unionsIn("c.union_id")).isEqualTo("c.union_id is not null");
    }

    @Test
    void aUnionOneLevelBelowTheRootIsADistrict() {
        FigureScope district = at("/1/100/");
        assertThat(district.city()).isFalse();
        assertThat(district.district()).isEqualTo(100L);
        assertThat(district.unionsIn("c.union_id")).contains("c.union_id in (select").contains("like :p");
    }

    @Test
    void deeperUnionsAreNeitherAndFilterByTheirPath() {
        FigureScope town = at("/1/100/2345/");
        assertThat(town.city()).isFalse();
        assertThat(town.district()).isNull();
        assertThat(town.subtree()).isEqualTo("/1/100/2345/%");
        assertThat(town.unionsIn("h.union_id")).isEqualTo(org.unionworks.platform.access.SqlScopes.inSubtree("h.union_id", "p"))
                .startsWith("h.union_id in (select").endsWith("like :p)");
    }

    @Test
    void aTableKeepingItsDistrictIsScopedByItBelowTheCity() {
        String contracts = FigureScope.keepingDistrict("c");
        assertThat(at("/1/").unionsIn(contracts)).isEqualTo("c.union_id is not null");
        assertThat(at("/1/100/").unionsIn(contracts)).isEqualTo("c.district_id = :district");
        FigureScope town = at("/1/100/2345/");
        assertThat(town.inDistrict()).isEqualTo(100L);
        assertThat(town.unionsIn(contracts)).isEqualTo("(c.district_id = :inDistrict and " + town.unionsIn("c.union_id") + ")");
    }
}
