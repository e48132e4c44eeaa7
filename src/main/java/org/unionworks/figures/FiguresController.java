package org.unionworks.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;

/**
 * Figures for a subtree: {@code on} dates the stock figures (default today); {@code from}–{@code to}
 * bound the flow figures (default: 1 January of {@code on}'s year to {@code on}); {@code by} breaks each
 * figure that has that dimension down by it. The catalogue lists every figure and its dimensions.
 */
@RestController
class FiguresController {

    private final Figures figures;

    FiguresController(Figures figures) {
        this.figures = figures;
    }

    record DimensionView(String key, String name) {
    }

    record CatalogueEntry(String key, String name, String unit, String definition, boolean stock, List<DimensionView> dimensions) {
    }

    @GetMapping("/api/figures")
    @PreAuthorize("hasAuthority('report:read')")
    List<Figures.Value> figures(@RequestParam(required = false) Long under,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) List<String> keys,
                                @RequestParam(required = false) String by,
                                @RequestParam(defaultValue = "false") boolean frozen) {
        LocalDate date = on == null ? LocalDate.now() : on;
        LocalDate end = to == null ? date : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        long union = under == null ? CurrentUsers.require().unionId() : under;
        return frozen && by == null ? figures.computeFrozen(union, date, start, end, keys) : figures.compute(union, date, start, end, keys, by);
    }

    /** A figure beside its value for the same day and period one year earlier (上年同期). */
    record YearOnYear(Figures.Value figure, Number lastYear) {
    }

    /** The home page's figures and their 上年同期 in one answer; parameters as for {@code /api/figures}. */
    @GetMapping("/api/figures/year-on-year")
    @PreAuthorize("hasAuthority('report:read')")
    List<YearOnYear> yearOnYear(@RequestParam(required = false) Long under,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) List<String> keys) {
        long union = under == null ? CurrentUsers.require().unionId() : under;
        LocalDate date = on == null ? LocalDate.now() : on;
        LocalDate end = to == null ? date : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        List<Figures.Value> now = figures.compute(union, date, start, end, keys, null);
        Map<String, Number> before = new HashMap<>();
        figures.compute(union, date.minusYears(1), start.minusYears(1), end.minusYears(1), keys, null)
                .forEach(v -> before.put(v.key(), v.value()));
        return now.stream().map(v -> new YearOnYear(v, before.get(v.key()))).toList();
    }

    @GetMapping("/api/figures/catalogue")
    @PreAuthorize("hasAuthority('report:read')")
    List<CatalogueEntry> catalogue() {
        return figures.catalogue().stream().map(i -> new CatalogueEntry(i.key(), i.name(), i.unit(), i.definition(), i.stock(),
                i.dimensions().stream().map(d -> new DimensionView(d.key(), d.name())).toList())).toList();
    }
}
