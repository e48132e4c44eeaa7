package org.unionworks.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.activity.web.ActivityViews;
import org.unionworks.activity.web.MatterDoneRequest;
import org.unionworks.activity.web.ResearchProblemRequest;
import org.unionworks.activity.web.ResearchRequest;
import org.unionworks.activity.web.WorkGroupRequest;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

import jakarta.validation.Valid;

/**
 * Field research rounds, whose bottleneck problems go straight into the rectification ledger (one
 * list, not two), and work groups stationed at grassroots unions with the practical matters done.
 */
@RestController
class FieldWorkController {

    private final ResearchRoundRepository rounds;
    private final WorkGroupRepository groups;
    private final ProblemLedger ledger;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final PracticalMatterRepository matters;

    private final Subtrees subtrees;

    FieldWorkController(ResearchRoundRepository rounds, WorkGroupRepository groups, ProblemLedger ledger, Scopes scopes,
                        OrgTree orgTree, PracticalMatterRepository matters, Subtrees subtrees) {
        this.subtrees = subtrees;
        this.rounds = rounds;
        this.groups = groups;
        this.ledger = ledger;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.matters = matters;
    }

    @GetMapping("/api/research-rounds")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    PageResponse<ActivityViews.ResearchRound> rounds(@RequestParam(required = false) Long under,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     @RequestParam(required = false) String q,
                                                     @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var spec = ListFilter.of(subtrees.<ResearchRound>under(mineOr(under))).period("startsOn", from, to).contains("title", q).spec();
        return PageResponse.of(rounds.findAll(spec, pageable).map(r -> new ActivityViews.ResearchRound(r.getId(),
                r.getUnionId(), unionName(r.getUnionId()), r.getTitle(), r.getStartsOn(), r.getEndsOn(), r.getVisited(),
                r.getVisitedCount(), ledger.countFromResearch(r.getId()))));
    }

    @PostMapping("/api/research-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    ActivityViews.RoundCreated createRound(@Valid @RequestBody ResearchRequest r) {
        scopes.requireOpen(r.unionId());
        if (r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        ResearchRound round = rounds.saveAndFlush(new ResearchRound(r.unionId(), Texts.clean(r.title()), r.startsOn(), r.endsOn(),
                Texts.blankToNull(r.visited()), r.visitedCount() == null ? 0 : r.visitedCount()));
        return new ActivityViews.RoundCreated(round.getId(), round.getTitle());
    }

    /** A bottleneck problem found in the round: it becomes an item of the rectification ledger. */
    @PostMapping("/api/research-rounds/{id}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write') and hasAuthority('governance:write')")
    @Transactional
    ActivityViews.ProblemRecorded problem(@PathVariable long id, @Valid @RequestBody ResearchProblemRequest body) {
        ResearchRound round = rounds.findById(id).orElseThrow(() -> new NotFoundException("调研"));
        long item = ledger.record(new ProblemLedger.Problem(round.getUnionId(), "RESEARCH", Texts.blankToNull(body.category()),
                Texts.clean(body.description()), Texts.clean(body.ownerPerson()), Texts.blankToNull(body.ownerDepartment()),
                Texts.blankToNull(body.measures()), body.deadline(), body.foundOn() == null ? round.getEndsOn() : body.foundOn(), id));
        return new ActivityViews.ProblemRecorded(item);
    }

    @GetMapping("/api/work-groups")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    PageResponse<ActivityViews.WorkGroup> groups(@RequestParam(required = false) Long under,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(required = false) String q,
                                                 @PageableDefault(sort = "startsOn", direction = Sort.Direction.DESC) Pageable pageable) {
        var spec = ListFilter.of(subtrees.<WorkGroup>under(mineOr(under))).period("startsOn", from, to).contains("name", q).spec();
        return PageResponse.of(groups.findAll(spec, pageable).map(g -> new ActivityViews.WorkGroup(g.getId(), g.getUnionId(),
                unionName(g.getUnionId()), g.getName(), g.getMembers(), g.getStationedUnionId(), unionName(g.getStationedUnionId()),
                g.getStartsOn(), g.getEndsOn(), matters(g.getId()))));
    }

    private static long mineOr(Long under) {
        return under == null ? CurrentUsers.require().unionId() : under;
    }

    @PostMapping("/api/work-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    ActivityViews.GroupCreated createGroup(@Valid @RequestBody WorkGroupRequest r) {
        scopes.requireOpen(r.unionId());
        scopes.requireOpen(r.stationedUnionId());
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        WorkGroup g = groups.saveAndFlush(new WorkGroup(r.unionId(), Texts.clean(r.name()), Texts.clean(r.members()),
                r.stationedUnionId(), r.startsOn(), r.endsOn()));
        return new ActivityViews.GroupCreated(g.getId(), g.getName());
    }

    /** 实事: a practical matter the group got done, with its date. */
    @PostMapping("/api/work-groups/{id}/matters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    List<ActivityViews.Matter> matter(@PathVariable long id, @Valid @RequestBody MatterDoneRequest body) {
        WorkGroup g = groups.findById(id).orElseThrow(() -> new NotFoundException("工作组"));
        if (body.doneOn().isBefore(g.getStartsOn()) || body.doneOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("doneOn", "办结日期应在工作组进驻之后、不晚于今天");
        }
        matters.saveAndFlush(new PracticalMatter(g, body.doneOn(), Texts.clean(body.description())));
        return matters(id);
    }

    private List<ActivityViews.Matter> matters(long groupId) {
        return matters.findByGroupIdOrderByDoneOn(groupId).stream()
                .map(m -> new ActivityViews.Matter(m.getId(), m.getDoneOn(), m.getDescription())).toList();
    }

    private String unionName(long unionId) {
        return orgTree.nameOf(unionId).orElse(null);
    }
}
