package org.unionworks.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void acceptsAValidNumberAndDerivesBirthDateAndSex() {
        // 11010519491231002X: the example number of GB 11643 (female, born 1949-12-31)
        var parsed = IdNumbers.parse("11010519491231002X", TODAY);
        assertThat(parsed.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(parsed.sex()).isEqualTo(IdNumbers.Sex.FEMALE);
        assertThat(IdNumbers.parse("110101199003074477", TODAY).sex()).isEqualTo(IdNumbers.Sex.MALE);
    }

    @Test
    void computesTheCheckCharacter() {
        assertThat(IdNumbers.checkChar("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkChar("11010119900307447")).isEqualTo('7');
    }

    @Test
    void foldsFullWidthDigitsLowerCaseXAndSpaces() {
        assertThat(IdNumbers.isValid(" １１０１０５１９４９１２３１００２x ", TODAY)).isTrue();
    }

    @Test
    void refusesWithAReason() {
        assertThat(IdNumbers.problem("110105194912310021", TODAY)).isEqualTo("身份证号校验位错误");
        assertThat(IdNumbers.problem("11010519491231002", TODAY)).contains("18位");
        assertThat(IdNumbers.problem("110105194902300020", TODAY)).isEqualTo("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem("000105194912310021", TODAY)).contains("省级");
        assertThat(IdNumbers.problem("110105203001010010", TODAY)).contains("不合理");
        assertThat(IdNumbers.problem("", TODAY)).isEqualTo("身份证号不能为空");
        assertThatThrownBy(() -> IdNumbers.parse("abc", TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksAllButTheFirstThreeAndLastFour() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("110***********002X");
    }
}
