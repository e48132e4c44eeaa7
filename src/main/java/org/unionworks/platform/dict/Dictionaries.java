package org.unionworks.platform.dict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.validation.Texts;

/**
 * Looks up dictionary codes and labels for every module. Lists are cached per type and dropped
 * whenever an item of that type is edited.
 */
@Service
public class Dictionaries {

    /** One code of a list, as other modules and the pages see it, with the other words for it. */
    public record Entry(String code, String label, String parentCode, boolean enabled, List<String> synonyms) {

        /** Whether this text names the entry: its label or one of its synonyms. */
        boolean named(String text) {
            return Texts.normalize(label).equals(text) || synonyms.stream().anyMatch(s -> Texts.normalize(s).equals(text));
        }
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[、,，;；/\\s]+");

    /** Synonyms as stored: trimmed, distinct, joined with 、; null for none. */
    static String synonymsText(String raw) {
        List<String> words = split(raw);
        return words.isEmpty() ? null : String.join("、", words);
    }

    private static List<String> split(String raw) {
        if (raw == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(raw).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
    }

    private final DictItemRepository items;
    private final Map<String, List<Entry>> cache = new ConcurrentHashMap<>();

    Dictionaries(DictItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(String type) {
        return cache.computeIfAbsent(type, t -> items.findByTypeCodeOrderBySortOrderAscCodeAsc(t).stream()
                .map(i -> new Entry(i.getCode(), i.getLabel(), i.getParentCode(), i.isEnabled(), split(i.getSynonyms()))).toList());
    }

    /** True if the code is an enabled entry of the list. */
    public boolean contains(String type, String code) {
        return code != null && entries(type).stream().anyMatch(e -> e.enabled() && e.code().equals(code));
    }

    public Optional<String> label(String type, String code) {
        return entries(type).stream().filter(e -> e.code().equals(code)).map(Entry::label).findFirst();
    }

    /** The code whose label, or one of whose synonyms, is this text (spreadsheets carry words, not codes). */
    public Optional<String> codeOfLabel(String type, String label) {
        String wanted = Texts.normalize(label);
        List<Entry> enabled = entries(type).stream().filter(Entry::enabled).toList();
        return enabled.stream().filter(e -> Texts.normalize(e.label()).equals(wanted)).map(Entry::code).findFirst()
                .or(() -> enabled.stream().filter(e -> e.named(wanted)).map(Entry::code).findFirst());
    }

    /**
     * The labels closest to a text no entry is named by, best first (at most {@code limit}): those sharing the
     * most characters with it, counting its label and synonyms, for the message that refuses it.
     */
    public List<String> closest(String type, String text, int limit) {
        String wanted = Texts.normalize(text);
        return entries(type).stream().filter(Entry::enabled)
                .map(e -> java.util.Map.entry(e.label(), java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()),
                        e.synonyms().stream()).mapToInt(w -> shared(w, wanted)).max().orElse(0)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
    }

    /** Characters of {@code a} that also occur in {@code b}. */
    private static int shared(String a, String b) {
        return (int) a.codePoints().filter(c -> b.indexOf(c) >= 0).count();
    }

    public Map<String, String> labels(String type) {
        return entries(type).stream().collect(Collectors.toMap(Entry::code, Entry::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    void evict(String type) {
        cache.remove(type);
    }
}
