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

    /** One code of a list, as other modules and the pages see it. */
    public record Entry(String code, String label, String parentCode, boolean enabled) {
    }

    private final DictItemRepository items;
    private final Map<String, List<Entry>> cache = new ConcurrentHashMap<>();

    Dictionaries(DictItemRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(String type) {
        return cache.computeIfAbsent(type, t -> items.findByTypeCodeOrderBySortOrderAscCodeAsc(t).stream()
                .map(i -> new Entry(i.getCode(), i.getLabel(), i.getParentCode(), i.isEnabled())).toList());
    }

    /** True if the code is an enabled entry of the list. */
    public boolean contains(String type, String code) {
        return code != null && entries(type).stream().anyMatch(e -> e.enabled() && e.code().equals(code));
    }

    public Optional<String> label(String type, String code) {
        return entries(type).stream().filter(e -> e.code().equals(code)).map(Entry::label).findFirst();
    }

    /** The code whose label is exactly this text (spreadsheets carry labels, not codes). */
    public Optional<String> codeOfLabel(String type, String label) {
        String wanted = Texts.normalize(label);
        return entries(type).stream().filter(e -> e.enabled() && Texts.normalize(e.label()).equals(wanted))
                .map(Entry::code).findFirst();
    }

    public Map<String, String> labels(String type) {
        return entries(type).stream().collect(Collectors.toMap(Entry::code, Entry::label, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    void evict(String type) {
        cache.remove(type);
    }
}
