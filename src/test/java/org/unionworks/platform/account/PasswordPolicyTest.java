package org.unionworks.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void needsTenCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.problem("abc123", "u")).isEqualTo("密码至少10位");
        assertThat(PasswordPolicy.problem("abcdefghijk", "u")).isEqualTo("密码须同时包含字母和数字");
        assertThat(PasswordPolicy.problem("12345678901", "u")).isEqualTo("密码须同时包含字母和数字");
        assertThat(PasswordPolicy.problem("zhang2026abc", "zhang")).isEqualTo("密码不能包含用户名");
        assertThat(PasswordPolicy.problem("Union2026ok", "zhang")).isNull();
    }

    @RepeatedTest(20)
    void generatedPasswordsPass() {
        assertThat(PasswordPolicy.problem(PasswordPolicy.generate(), "admin")).isNull();
    }
}
