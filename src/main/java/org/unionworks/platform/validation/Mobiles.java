package org.unionworks.platform.validation;

import java.util.regex.Pattern;

/** Mainland mobile numbers: 11 digits starting 13-19. */
public final class Mobiles {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private Mobiles() {
    }

    public static String normalize(String raw) {
        String n = Texts.normalize(raw);
        return n == null ? null : n.replace(" ", "").replace("-", "");
    }

    public static boolean isValid(String raw) {
        String n = normalize(raw);
        return n != null && MOBILE.matcher(n).matches();
    }

    /** 138****5678. */
    public static String mask(String number) {
        if (number == null || number.length() < 7) {
            return number == null ? null : "****";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }
}
