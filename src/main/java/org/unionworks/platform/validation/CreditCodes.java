package org.unionworks.platform.validation;

import java.util.Locale;

/**
 * Unified social credit codes per GB 32100-2015: 18 characters from a 31-character set
 * (no I, O, Z, S, V), positions 3-8 a division code, the last a MOD 31 check character.
 */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static String normalize(String raw) {
        String n = Texts.normalize(raw);
        return n == null ? null : n.toUpperCase(Locale.ROOT);
    }

    /** Null if valid, otherwise the reason in Chinese. */
    public static String problem(String raw) {
        String n = normalize(raw);
        if (n == null || n.isEmpty()) {
            return "统一社会信用代码不能为空";
        }
        if (n.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(n.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位含有不允许的字符“" + n.charAt(i) + "”";
            }
        }
        if (!n.substring(2, 8).matches("\\d{6}")) {
            return "统一社会信用代码第3至8位应为行政区划代码";
        }
        if (checkChar(n) != n.charAt(17)) {
            return "统一社会信用代码校验位错误";
        }
        return null;
    }

    public static boolean isValid(String raw) {
        return problem(raw) == null;
    }

    /** The check character for the first 17 characters. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
