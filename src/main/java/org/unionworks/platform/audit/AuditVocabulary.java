package org.unionworks.platform.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.dict.Dictionaries;

/**
 * What the audit log calls things, in Chinese: objects, their fields and their coded values, read
 * from {@code audit/*.properties} (one file per module, see {@code audit/common.properties}); union
 * ids read as the union's name.
 */
@Component
public class AuditVocabulary {

    private final Map<String, String> words = new HashMap<>();
    private final Dictionaries dictionaries;
    private final OrgTree orgTree;

    AuditVocabulary(Dictionaries dictionaries, OrgTree orgTree) {
        this.dictionaries = dictionaries;
        this.orgTree = orgTree;
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:audit/*.properties")) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.forEach((k, v) -> words.put((String) k, ((String) v).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's Chinese name (困难职工档案 for HardshipFile), if it has one. */
    public Optional<String> entity(String entity) {
        return Optional.ofNullable(words.get("entity." + entity));
    }

    /** A field's name on this object: its own, else the name the field has everywhere. */
    public Optional<String> field(String entity, String field) {
        return Optional.ofNullable(words.getOrDefault("field." + entity + "." + field, words.get("field." + field)));
    }

    /** A recorded value as a cadre reads it: a dictionary's or a fixed list's label, 是/否, 「—」 for none. */
    public String value(String entity, String field, Object raw) {
        if (raw == null || "null".equals(raw)) {
            return "—";
        }
        String text = raw.toString();
        if (raw instanceof Boolean || "true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text) ? "是" : "否";
        }
        String spec = words.getOrDefault("values." + entity + "." + field, words.get("values." + field));
        if (spec == null) {
            return text;
        }
        if (spec.equals("union")) {
            return text.chars().allMatch(Character::isDigit) ? orgTree.nameOf(Long.parseLong(text)).map(n -> n + "（" + text + "）").orElse(text)
                    : text;
        }
        if (spec.startsWith("dict:")) {
            return dictionaries.label(spec.substring(5), text).orElse(text);
        }
        for (String pair : spec.split(",")) {
            int colon = pair.indexOf(':');
            if (colon > 0 && pair.substring(0, colon).strip().equals(text)) {
                return pair.substring(colon + 1).strip();
            }
        }
        return text;
    }

    /** Every object with a name, by its code, for the log's filter. */
    public Map<String, String> entities() {
        Map<String, String> all = new TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith("entity.")) {
                all.put(k.substring(7), v);
            }
        });
        return all;
    }
}
