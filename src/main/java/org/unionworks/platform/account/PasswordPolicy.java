package org.unionworks.platform.account;

import java.security.SecureRandom;

/** At least 10 characters with letters and digits; generated passwords satisfy it. */
final class PasswordPolicy {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Null if acceptable, otherwise the reason in Chinese. */
    static String problem(String password, String username) {
        if (password == null || password.length() < 10) {
            return "密码至少10位";
        }
        if (password.length() > 64) {
            return "密码不能超过64位";
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "密码须同时包含字母和数字";
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return "密码不能包含用户名";
        }
        return null;
    }

    static String generate() {
        StringBuilder sb = new StringBuilder();
        String pool = LETTERS + DIGITS;
        for (int i = 0; i < 14; i++) {
            sb.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        sb.setCharAt(RANDOM.nextInt(7), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        sb.setCharAt(7 + RANDOM.nextInt(7), LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        return sb.toString();
    }
}
