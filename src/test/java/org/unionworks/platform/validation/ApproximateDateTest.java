package org.unionworks.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.validation.ApproximateDate.Precision;

class ApproximateDateTest {

    private static ApproximateDate parse(String text) {
        return ApproximateDate.parse(text, v -> v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : null);
    }

    @Test
    void readsTheWaysOldRecordsWriteDates() {
        assertThat(parse("2015-03-10")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 3, 10), Precision.DAY));
        assertThat(parse("2015")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 1, 1), Precision.YEAR));
        assertThat(parse("2015年")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 1, 1), Precision.YEAR));
        assertThat(parse("2015-06")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 6, 1), Precision.MONTH));
        assertThat(parse("2015年6月")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 6, 1), Precision.MONTH));
        assertThat(parse("2015/12")).isEqualTo(new ApproximateDate(LocalDate.of(2015, 12, 1), Precision.MONTH));
        assertThat(parse("日期不详")).isEqualTo(new ApproximateDate(null, Precision.ASSUMED));
        assertThat(parse("不详")).isEqualTo(new ApproximateDate(null, Precision.ASSUMED));
        assertThat(parse("日期不详，按2010-01-01计")).isEqualTo(new ApproximateDate(LocalDate.of(2010, 1, 1), Precision.ASSUMED));
        assertThat(parse("不详，按2012年计")).isEqualTo(new ApproximateDate(LocalDate.of(2012, 1, 1), Precision.ASSUMED));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(parse("2015-13")).isNull();
        assertThat(parse("去年")).isNull();
        assertThat(parse("日期不详，按去年计")).isNull();
        assertThat(parse("15")).isNull();
    }
}
