package org.unionworks.activity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.activity.web.ActivityRequest;
import org.unionworks.activity.web.ActivityViews;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Study sessions, trainings and contests, with their materials; listed within the data scope and exported. */
@RestController
class ActivityController {

    static final List<String> EXPORT_HEADERS = List.of("日期", "类别", "主题", "组织单位", "参加人数", "参加人员", "工会");

    private final ActivityRepository activities;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final Dictionaries dictionaries;
    private final FileStore files;
    private final SpreadsheetExports exports;
    private final Subtrees subtrees;

    ActivityController(ActivityRepository activities, Scopes scopes, OrgTree orgTree, Dictionaries dictionaries,
                       FileStore files, SpreadsheetExports exports, Subtrees subtrees) {
        this.subtrees = subtrees;
        this.activities = activities;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.dictionaries = dictionaries;
        this.files = files;
        this.exports = exports;
    }

    @GetMapping("/api/activities")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    PageResponse<ActivityViews.Activity> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @RequestParam(required = false) String q,
                                              @PageableDefault(sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(activities.findAll(filter(under, kind, from, to, q), pageable).map(this::view));
    }

    /** The activities of a subtree (the caller's by default), of a kind, in a period, whose topic contains {@code q}. */
    private Specification<Activity> filter(Long under, String kind, LocalDate from, LocalDate to, String q) {
        return ListFilter.of(subtrees.<Activity>under(under == null ? CurrentUsers.require().unionId() : under))
                .equal("kind", kind).period("heldOn", from, to).contains("topic", q).spec();
    }

    @PostMapping("/api/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    ActivityViews.Activity create(@Valid @RequestBody ActivityRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择工会");
        }
        scopes.requireOpen(r.unionId());
        Activity a = new Activity(r.unionId());
        describe(a, r);
        return view(activities.saveAndFlush(a));
    }

    @PutMapping("/api/activities/{id}")
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    ActivityViews.Activity update(@PathVariable long id, @Valid @RequestBody ActivityRequest r) {
        Activity a = activities.findById(id).orElseThrow(() -> new NotFoundException("活动"));
        if (r.version() == null || a.getVersion() != r.version().longValue()) {
            throw new ConflictException("该活动已被他人修改，请刷新后重试");
        }
        describe(a, r);
        return view(activities.saveAndFlush(a));
    }

    @GetMapping("/api/activities/export")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Specification<Activity> spec = filter(under, kind, from, to, q);
        var rows = new PagedIterator<>(page -> activities.findAll(spec, PageRequest.of(page, 1000, Sort.by("heldOn", "id"))));
        exports.write(SpreadsheetExports.download(response, "干部活动.xlsx"), "Activity", "干部活动", EXPORT_HEADERS, rows,
                a -> Arrays.asList(a.getHeldOn(), dictionaries.label("activity_kind", a.getKind()).orElse(a.getKind()), a.getTopic(),
                        a.getOrganizer(), a.getParticipants(), a.getParticipantList(), orgTree.nameOf(a.getUnionId()).orElse(null)),
                SpreadsheetExports.filters("under", under, "kind", kind, "from", from, "to", to, "q", q));
    }

    private void describe(Activity a, ActivityRequest r) {
        if (!dictionaries.contains("activity_kind", r.kind())) {
            throw new InvalidInputException("kind", "请选择活动类别");
        }
        String file = Texts.blankToNull(r.materialFileId());
        if (file != null && files.find(file).isEmpty()) {
            throw new InvalidInputException("materialFileId", "活动材料不存在或无权访问");
        }
        a.describe(r.kind(), r.heldOn(), Texts.clean(r.topic()), Texts.blankToNull(r.organizer()), r.participants(),
                Texts.blankToNull(r.participantList()), file);
    }

    private ActivityViews.Activity view(Activity a) {
        return new ActivityViews.Activity(a.getId(), a.getUnionId(), orgTree.nameOf(a.getUnionId()).orElse(null), a.getKind(),
                a.getHeldOn(), a.getTopic(), a.getOrganizer(), a.getParticipants(), a.getParticipantList(), a.getMaterialFileId(),
                a.getVersion());
    }
}
