package org.unionworks.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobilesTest {

    @Test
    void acceptsMainlandMobileNumbers() {
        assertThat(Mobiles.isValid("13800138000")).isTrue();
        assertThat(Mobiles.isValid("１３８-0013-8000")).isTrue();
    }

    @Test
    void refusesOthers() {
        assertThat(Mobiles.isValid("12800138000")).isFalse();
        assertThat(Mobiles.isValid("1380013800")).isFalse();
        assertThat(Mobiles.isValid(null)).isFalse();
    }

    @Test
    void masks() {
        assertThat(Mobiles.mask("13800138000")).isEqualTo("138****8000");
    }
}
