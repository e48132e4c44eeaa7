package org.unionworks.platform.dict;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.unionworks.platform.validation.Texts;

/**
 * Looks up dictionary codes and labels for every module. Lists are cached per type and dropped
 * whenever an item of that type is edited.
 */
@Service
public class Dictionaries {

    /** One code of a list, as other modules and the pages see it, with the other words for it. */
    public record Entry(String code, String label, String parentCode, boolean enabled, List<String> synonyms) {
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

    /**
     * One list as cached: its entries in order, and its enabled codes by normalized label and by normalized synonym (the
     * first entry in order wins), so that an import's row finds each of its codes in one lookup instead of normalizing
     * every label of the list again (the member import asks five lists per row).
     */
    private record Lookup(List<Entry> entries, Map<String, String> labels, Map<String, String> byLabel,
                          Map<String, String> bySynonym, Set<String> enabled) {

        static Lookup of(List<Entry> entries) {
            Map<String, String> labels = new HashMap<>();
            Map<String, String> byLabel = new HashMap<>();
            Map<String, String> bySynonym = new HashMap<>();
            Set<String> enabled = new HashSet<>();
            for (Entry e : entries) {
                labels.putIfAbsent(e.code(), e.label());
                if (e.enabled()) {
                    enabled.add(e.code());
                    byLabel.putIfAbsent(Texts.normalize(e.label()), e.code());
                    e.synonyms().forEach(s -> bySynonym.putIfAbsent(Texts.normalize(s), e.code()));
                }
            }
            return new Lookup(entries, labels, byLabel, bySynonym, enabled);
        }
    }

    private final DictItemRepository items;
    private final Map<String, Lookup> cache = new ConcurrentHashMap<>();

    Dictionaries(DictItemRepository items) {
        this.items = items;
    }

    public List<Entry> entries(String type) {
        return list(type).entries();
    }

    private Lookup list(String type) {
        return cache.computeIfAbsent(type, t -> Lookup.of(items.findByTypeCodeOrderBySortOrderAscCodeAsc(t).stream()
                .map(i -> new Entry(i.getCode(), i.getLabel(), i.getParentCode(), i.isEnabled(), split(i.getSynonyms()))).toList()));
    }

    /** True if the code is an enabled entry of the list. */
    public boolean contains(String type, String code) {
        return code != null && list(type).enabled().contains(code);
    }

    public Optional<String> label(String type, String code) {
        return Optional.ofNullable(code == null ? null : list(type).labels().get(code));
    }

    /** The code whose label, or one of whose synonyms, is this text (spreadsheets carry words, not codes). */
    public Optional<String> codeOfLabel(String type, String label) {
        String wanted = Texts.normalize(label);
        Lookup list = list(type);
        String code = list.byLabel().get(wanted);
        return Optional.ofNullable(code != null ? code : list.bySynonym().get(wanted));
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
