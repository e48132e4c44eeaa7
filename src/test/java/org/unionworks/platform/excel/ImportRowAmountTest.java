package org.unionworks.platform.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Money as cadres type it into a spreadsheet, parsed one way for every import. */
class ImportRowAmountTest {

    private static ImportRow row(String cell) {
        Map<String, String> values = new HashMap<>();
        values.put("amount", cell);
        return new ImportRow(2, values, Map.of("amount", Column.optional("amount", "金额", "500")), null, new HashMap<>());
    }

    private static BigDecimal parse(ImportRow row) {
        return row.amount("amount", BigDecimal.ZERO, new BigDecimal("1000000"));
    }

    @Test
    void thousandsSeparatorsCurrencySignsAndFullWidthDigitsAreAmounts() {
        assertThat(parse(row("1,234.50"))).isEqualByComparingTo("1234.50");
        assertThat(parse(row("¥1234.5"))).isEqualByComparingTo("1234.5");
        assertThat(parse(row("800元"))).isEqualByComparingTo("800");
        assertThat(parse(row("１２００"))).isEqualByComparingTo("1200");
        assertThat(parse(row(" "))).isNull();
    }

    /** Issue #27: reports speak 万元; a cell that says so is converted exactly, not read as 22.2 元. */
    @Test
    void anAmountIn万元SaysSoAndIsConvertedExactly() {
        assertThat(parse(row("22.2万"))).isEqualByComparingTo("222000");
        assertThat(parse(row("22.2万元"))).isEqualByComparingTo("222000");
        assertThat(parse(row("0.0001万"))).isEqualByComparingTo("1");
        ImportRow tooFine = row("0.0000001万");
        assertThat(parse(tooFine)).isNull();
        assertThat(tooFine.errors().get(0)).contains("两位小数");
        ImportRow tooMuch = row("120万");
        assertThat(parse(tooMuch)).isNull();
        assertThat(tooMuch.errors().get(0)).isEqualTo("金额应在0到1000000元之间");
    }

    @Test
    void textFractionsOfAFenAndOutOfRangeAreRefusedByColumnName() {
        ImportRow words = row("五百");
        assertThat(parse(words)).isNull();
        assertThat(words.errors()).containsExactly("金额“五百”不是金额（如 1234.50 或 22.2万）");
        ImportRow fen = row("12.345");
        assertThat(parse(fen)).isNull();
        assertThat(fen.errors().get(0)).contains("两位小数");
        ImportRow negative = row("-5");
        assertThat(parse(negative)).isNull();
        assertThat(negative.errors().get(0)).isEqualTo("金额应在0到1000000元之间");
    }
}
