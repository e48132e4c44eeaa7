package org.unionworks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void amountsOfMoneyKeepTwoDecimalsInEitherUnit() {
        assertThat(Placeholders.format(new BigDecimal("1047"), "万元")).isEqualTo("1047.00");
        assertThat(Placeholders.format(new BigDecimal("1062.675"), "万元")).isEqualTo("1062.68");
        assertThat(Placeholders.format(new BigDecimal("350.5"), "元")).isEqualTo("350.50");
    }

    @Test
    void countsAndRatesLoseTrailingZeros() {
        assertThat(Placeholders.format(new BigDecimal("100.00"), "%")).isEqualTo("100");
        assertThat(Placeholders.format(new BigDecimal("98.50"), "%")).isEqualTo("98.5");
        assertThat(Placeholders.format(12345L, "人")).isEqualTo("12345");
        assertThat(Placeholders.format(null, "万元")).isEqualTo("—");
    }
}
