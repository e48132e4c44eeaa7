package org.unionworks.craft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.craft.web.ContestEntrantRequest;
import org.unionworks.craft.web.ContestItemRequest;
import org.unionworks.craft.web.ContestNominationRequest;
import org.unionworks.craft.web.ContestUnitRequest;
import org.unionworks.craft.web.CraftViews;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.ImportJobView;
import org.unionworks.platform.excel.ImportMode;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.excel.SpreadsheetImports;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** A contest's 比武项目, 参赛单位 and 参赛选手 with their results: edited, imported and exported while the contest is open. */
@RestController
class ContestRosterController {

    static final List<String> RESULT_HEADERS = List.of("比武项目", "参赛单位", "姓名", "身份证号", "工作单位", "岗位", "参赛阶段", "成绩", "名次",
            "获奖等次", "授予称号", "晋升技术等级");

    private final ContestService service;
    private final ContestEntrantRepository entrants;
    private final ContestViews views;
    private final ContestImports imports;
    private final SpreadsheetImports engine;
    private final SpreadsheetExports exports;
    private final Dictionaries dictionaries;

    ContestRosterController(ContestService service, ContestEntrantRepository entrants, ContestViews views, ContestImports imports,
                            SpreadsheetImports engine, SpreadsheetExports exports, Dictionaries dictionaries) {
        this.service = service;
        this.entrants = entrants;
        this.views = views;
        this.imports = imports;
        this.engine = engine;
        this.exports = exports;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/api/contests/{id}/items")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    List<CraftViews.Item> items(@PathVariable long id) {
        service.get(id);
        return views.items(id);
    }

    @PostMapping("/api/contests/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Item addItem(@PathVariable long id, @Valid @RequestBody ContestItemRequest r) {
        return views.item(service.saveItem(id, null, null, Texts.clean(r.name()), Texts.blankToNull(r.occupation()),
                Texts.blankToNull(r.grade())), 0);
    }

    @PutMapping("/api/contests/{id}/items/{itemId}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Item updateItem(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ContestItemRequest r) {
        ContestItem item = service.saveItem(id, itemId, r.version(), Texts.clean(r.name()), Texts.blankToNull(r.occupation()),
                Texts.blankToNull(r.grade()));
        return views.item(item, entrants.countByItemId(itemId));
    }

    @DeleteMapping("/api/contests/{id}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('craft:write')")
    void deleteItem(@PathVariable long id, @PathVariable long itemId) {
        service.deleteItem(id, itemId);
    }

    @GetMapping("/api/contests/{id}/units")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    List<CraftViews.Unit> units(@PathVariable long id) {
        service.get(id);
        return views.units(id);
    }

    @PostMapping("/api/contests/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Unit addUnit(@PathVariable long id, @Valid @RequestBody ContestUnitRequest r) {
        return views.unit(service.saveUnit(id, null, null, Texts.blankToNull(r.name()), creditCode(r), r.unionId(), r.entrants()), 0);
    }

    @PutMapping("/api/contests/{id}/units/{unitId}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Unit updateUnit(@PathVariable long id, @PathVariable long unitId, @Valid @RequestBody ContestUnitRequest r) {
        ContestUnit unit = service.saveUnit(id, unitId, r.version(), Texts.blankToNull(r.name()), creditCode(r), r.unionId(), r.entrants());
        return views.unit(unit, entrants.countByUnitId(unitId));
    }

    @DeleteMapping("/api/contests/{id}/units/{unitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('craft:write')")
    void deleteUnit(@PathVariable long id, @PathVariable long unitId) {
        service.deleteUnit(id, unitId);
    }

    /** Entrants of a contest, of one item and stage, named like {@code q}; finalists by item and rank by default. */
    @GetMapping("/api/contests/{id}/entrants")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    PageResponse<CraftViews.Entrant> entrants(@PathVariable long id, @RequestParam(required = false) Long itemId,
                                              @RequestParam(required = false) String stage, @RequestParam(required = false) String q,
                                              @PageableDefault(size = 20, sort = {"itemId", "stage", "ranking", "id"}) Pageable pageable) {
        service.get(id);
        ContestViews.Names names = views.names(id);
        return PageResponse.of(entrants.findAll(filter(id, itemId, stage, q), pageable).map(e -> views.entrant(e, names)));
    }

    @PostMapping("/api/contests/{id}/entrants")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Entrant addEntrant(@PathVariable long id, @Valid @RequestBody ContestEntrantRequest r) {
        return views.entrant(service.saveEntrant(id, null, null, entry(r)), views.names(id));
    }

    @PutMapping("/api/contests/{id}/entrants/{entrantId}")
    @PreAuthorize("hasAuthority('craft:write')")
    CraftViews.Entrant updateEntrant(@PathVariable long id, @PathVariable long entrantId, @Valid @RequestBody ContestEntrantRequest r) {
        return views.entrant(service.saveEntrant(id, entrantId, r.version(), entry(r)), views.names(id));
    }

    @PostMapping("/api/contests/{id}/entrants/{entrantId}/nominate")
    @PreAuthorize("hasAuthority('craft:write') and hasAuthority('honor:write')")
    CraftViews.Entrant nominate(@PathVariable long id, @PathVariable long entrantId, @Valid @RequestBody ContestNominationRequest r) {
        return views.entrant(service.nominate(id, entrantId, r.campaignId(), r.titleId(), r.unionId(), r.achievements().strip()),
                views.names(id));
    }

    @DeleteMapping("/api/contests/{id}/entrants/{entrantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('craft:write')")
    void deleteEntrant(@PathVariable long id, @PathVariable long entrantId) {
        service.deleteEntrant(id, entrantId);
    }

    @GetMapping("/api/contests/units/import/template")
    @PreAuthorize("hasAuthority('craft:write')")
    void unitTemplate(HttpServletResponse response) throws IOException {
        engine.template(imports.units(0), SpreadsheetExports.download(response, "参赛单位导入模板.xlsx"));
    }

    @PostMapping("/api/contests/{id}/units/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('craft:write')")
    ImportJobView importUnits(@PathVariable long id, @RequestPart("file") MultipartFile file,
                              @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                              @RequestParam(defaultValue = "false") boolean autoCommit) {
        service.get(id).requireOpen();
        return engine.start(imports.units(id), file, mode, autoCommit);
    }

    @GetMapping("/api/contests/entrants/import/template")
    @PreAuthorize("hasAuthority('craft:write')")
    void entrantTemplate(HttpServletResponse response) throws IOException {
        engine.template(imports.entrants(0), SpreadsheetExports.download(response, "参赛选手和成绩导入模板.xlsx"));
    }

    @PostMapping("/api/contests/{id}/entrants/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('craft:write')")
    ImportJobView importEntrants(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                 @RequestParam(defaultValue = "false") boolean autoCommit) {
        service.get(id).requireOpen();
        return engine.start(imports.entrants(id), file, mode, autoCommit);
    }

    /** 成绩册: every entrant and result of the contest, ID numbers masked. */
    @GetMapping("/api/contests/{id}/entrants/export")
    @PreAuthorize("hasAuthority('craft:read')")
    @Transactional(readOnly = true)
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        Contest c = service.get(id);
        ContestViews.Names names = views.names(id);
        Specification<ContestEntrant> spec = filter(id, null, null, null);
        var rows = new PagedIterator<>(page -> entrants.findAll(spec, PageRequest.of(page, 1000, Sort.by("itemId", "stage", "ranking", "id"))));
        exports.write(SpreadsheetExports.download(response, c.getName() + "成绩册.xlsx"), "ContestEntrant", "成绩册", RESULT_HEADERS, rows,
                e -> Arrays.asList(names.items().get(e.getItemId()), e.getUnitId() == null ? null : names.units().get(e.getUnitId()),
                        e.getName(), IdNumbers.mask(e.getIdNumber()), e.getEmployerName(), e.getPost(), e.getStage().label(), e.getScore(),
                        e.getRanking(), label("prize_tier", e.getPrizeTier()), e.getTitle(), label("skill_grade", e.getGradeUpgrade())),
                SpreadsheetExports.filters("contestId", id));
    }

    private Specification<ContestEntrant> filter(long contestId, Long itemId, String stage, String q) {
        List<Specification<ContestEntrant>> parts = new ArrayList<>();
        parts.add((r, query, cb) -> cb.equal(r.get("contestId"), contestId));
        if (itemId != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("itemId"), itemId));
        }
        if (Texts.blankToNull(stage) != null) {
            ContestStage s = ContestStage.of(stage).orElseThrow(() -> new InvalidInputException("stage", "参赛阶段只能是 PRACTICE、SELECTION 或 FINAL"));
            parts.add((r, query, cb) -> cb.equal(r.get("stage"), s));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.like(r.get("name"), ListFilter.containing(text), ListFilter.ESCAPE));
        }
        return Specification.allOf(parts);
    }

    private static ContestEntrant.Entry entry(ContestEntrantRequest r) {
        String id = IdNumbers.normalize(Texts.blankToNull(r.idNumber()));
        String problem = id == null ? null : IdNumbers.problem(id, java.time.LocalDate.now());
        if (problem != null) {
            throw new InvalidInputException("idNumber", problem);
        }
        ContestStage stage = ContestStage.of(r.stage()).orElseThrow(() -> new InvalidInputException("stage", "请选择参赛阶段"));
        return new ContestEntrant.Entry(r.itemId(), r.unitId(), Texts.clean(r.name()), id,
                id == null ? null : IdNumbers.parse(id, java.time.LocalDate.now()).sex().name(), Texts.blankToNull(r.employerName()),
                Texts.blankToNull(r.post()), stage, r.score(), r.ranking(), Texts.blankToNull(r.prizeTier()), Texts.blankToNull(r.title()),
                Texts.blankToNull(r.gradeUpgrade()));
    }

    private static String creditCode(ContestUnitRequest r) {
        String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
        if (code != null && CreditCodes.problem(code) != null) {
            throw new InvalidInputException("creditCode", CreditCodes.problem(code));
        }
        return code;
    }

    private String label(String type, String code) {
        return code == null ? null : dictionaries.label(type, code).orElse(code);
    }
}
