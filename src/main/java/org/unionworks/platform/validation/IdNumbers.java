package org.unionworks.platform.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident identity numbers per GB 11643-1999: 6-digit division, 8-digit birth date,
 * 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** What the number tells of its holder. */
    public record Parsed(String number, LocalDate birthDate, Sex sex) {
    }

    public enum Sex { MALE, FEMALE }

    private IdNumbers() {
    }

    /** The normalized number (full-width folded, trimmed, x upper-cased). */
    public static String normalize(String raw) {
        String n = Texts.normalize(raw);
        return n == null ? null : n.toUpperCase(Locale.ROOT);
    }

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    /** Null if valid, otherwise the reason in Chinese. */
    public static String problem(String raw, LocalDate today) {
        String n = normalize(raw);
        if (n == null || n.isEmpty()) {
            return "身份证号不能为空";
        }
        if (!SHAPE.matcher(n).matches()) {
            return "身份证号应为18位，前17位为数字，末位为数字或X";
        }
        int province = Integer.parseInt(n.substring(0, 2));
        if (province < 11 || province > 91) {
            return "身份证号前两位不是有效的省级行政区划代码";
        }
        LocalDate birth = birthDate(n);
        if (birth == null) {
            return "身份证号中的出生日期无效";
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            return "身份证号中的出生日期不合理";
        }
        if (checkChar(n) != n.charAt(17)) {
            return "身份证号校验位错误";
        }
        return null;
    }

    public static boolean isValid(String raw, LocalDate today) {
        return problem(raw, today) == null;
    }

    /** Parses a valid number; throws {@link IllegalArgumentException} with the Chinese reason otherwise. */
    public static Parsed parse(String raw, LocalDate today) {
        String problem = problem(raw, today);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String n = normalize(raw);
        Sex sex = (n.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new Parsed(n, birthDate(n), sex);
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Shows only the first 3 and last 4 characters: 110***********1234. */
    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return number == null ? null : "****";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

    private static LocalDate birthDate(String n) {
        try {
            return LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
