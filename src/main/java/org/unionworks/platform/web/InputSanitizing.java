package org.unionworks.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.validation.Texts;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON body goes through before validation sees it: texts lose control, bidirectional
 * and zero-width characters (so a name of nothing but those is blank and refused as blank), and a
 * date outside 1900–2100 is refused naming its field (0001-01-01 and 9999-12-31 were stored).
 */
@Configuration(proxyBeanMethods = false)
public class InputSanitizing {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** Thrown for a date or number outside the plausible range; the problem handler names the field. */
    public static final class Implausible extends RuntimeException {
        Implausible(String message) {
            super(message);
        }
    }

    /** Amounts are numeric(14,2): anything of 10^12 or more, or finer than a millionth, is a typo or an attack. */
    private static final java.math.BigDecimal LARGEST = new java.math.BigDecimal("1e12");

    private static final class PlausibleDecimals extends ValueDeserializer<java.math.BigDecimal> {
        @Override
        public java.math.BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            java.math.BigDecimal value;
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                value = p.getDecimalValue();
            } else if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = Texts.normalize(p.getString());
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    value = new java.math.BigDecimal(text);
                } catch (NumberFormatException e) {
                    return (java.math.BigDecimal) ctxt.handleWeirdStringValue(java.math.BigDecimal.class, text, "not a number");
                }
            } else {
                return (java.math.BigDecimal) ctxt.handleUnexpectedToken(java.math.BigDecimal.class, p);
            }
            if (value.abs().compareTo(LARGEST) >= 0 || value.scale() > 6) {
                throw new Implausible("数值超出合理范围");
            }
            return value;
        }
    }

    @Bean
    JacksonModule inputSanitizingModule() {
        SimpleModule module = new SimpleModule("unionworks-input");
        module.addDeserializer(String.class, new VisibleStrings());
        module.addDeserializer(LocalDate.class, new PlausibleDates());
        module.addDeserializer(java.math.BigDecimal.class, new PlausibleDecimals());
        return module;
    }

    private static final class VisibleStrings extends ValueDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return Texts.withoutInvisible(p.getString());
            }
            if (p.currentToken() != null && p.currentToken().isScalarValue()) {
                return p.getValueAsString();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }

    private static final class PlausibleDates extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = Texts.normalize(p.getString());
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a yyyy-MM-dd date");
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new Implausible("日期“" + text + "”超出合理范围（" + FIRST_YEAR + "—" + LAST_YEAR + "年）");
            }
            return date;
        }
    }
}
