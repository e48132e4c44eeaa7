package org.unionworks.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CheckRuleTest {

    private static Map<String, BigDecimal> values(Object... codeAndValue) {
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            m.put((String) codeAndValue[i], codeAndValue[i + 1] == null ? null : new BigDecimal(codeAndValue[i + 1].toString()));
        }
        return m;
    }

    @Test
    void aPartNotMoreThanItsWhole() {
        CheckRule women = CheckRule.parse("J107 <= J106");
        assertThat(women.evaluate(values("J107", 40, "J106", 100)).holds()).isTrue();
        assertThat(women.evaluate(values("J107", 100, "J106", 100)).holds()).isTrue();
        var over = women.evaluate(values("J107", 101, "J106", 100));
        assertThat(over.holds()).isFalse();
        assertThat(over.leftValue()).isEqualByComparingTo("101");
        assertThat(over.rightValue()).isEqualByComparingTo("100");
    }

    @Test
    void aTotalEqualToTheSumOfItsParts() {
        CheckRule cadres = CheckRule.parse("J200 = J203 + J204");
        assertThat(cadres.evaluate(values("J200", 5, "J203", 2, "J204", 3)).holds()).isTrue();
        assertThat(cadres.evaluate(values("J200", 6, "J203", 2, "J204", 3)).holds()).isFalse();
        assertThat(cadres.cellCodes()).containsExactly("J200", "J203", "J204");
        assertThat(cadres).hasToString("J200 = J203 + J204");
    }

    @Test
    void unansweredCellsCountAsZero() {
        assertThat(CheckRule.parse("J104 <= J103").evaluate(values("J104", null, "J103", 0)).holds()).isTrue();
        assertThat(CheckRule.parse("J101>=J102").evaluate(values("J102", "0.5")).holds()).isFalse();
    }

    @Test
    void aRuleItCannotReadIsRefused() {
        assertThatThrownBy(() -> CheckRule.parse("J107 < J106")).hasMessageContaining("不能识别");
        assertThatThrownBy(() -> CheckRule.parse("women <= members")).hasMessageContaining("不能识别");
    }
}
