package org.unionworks.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void acceptsValidCodes() {
        // published codes: a company and a grassroots union (registration authority 8 = 工会)
        assertThat(CreditCodes.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCodes.isValid(" 91350100m000100y43 ")).isTrue();
    }

    @Test
    void computesTheCheckCharacterFromTheFirstSeventeen() {
        assertThat(CreditCodes.checkChar("91350100M000100Y4")).isEqualTo('3');
        String first17 = "81440300MC1234567";
        assertThat(CreditCodes.isValid(first17 + CreditCodes.checkChar(first17))).isTrue();
    }

    @Test
    void refusesWithAReason() {
        assertThat(CreditCodes.problem("91350100M000100Y44")).isEqualTo("统一社会信用代码校验位错误");
        assertThat(CreditCodes.problem("91350100M000100Y4")).contains("18位");
        assertThat(CreditCodes.problem("91350100M00010OY43")).contains("不允许的字符“O”");
        assertThat(CreditCodes.problem("91ABCDEFM000100Y43")).contains("行政区划");
    }
}
