package org.unionworks.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.activity.web.ResearchRequest;
import org.unionworks.activity.web.WorkGroupRequest;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.platform.access.OrgTree;
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
    private final JdbcClient jdbc;

    FieldWorkController(ResearchRoundRepository rounds, WorkGroupRepository groups, ProblemLedger ledger, Scopes scopes,
                        OrgTree orgTree, JdbcClient jdbc) {
        this.rounds = rounds;
        this.groups = groups;
        this.ledger = ledger;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/research-rounds")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    List<Map<String, Object>> rounds() {
        return rounds.findAll(Sort.by("startsOn").descending()).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.getId());
            m.put("unionId", r.getUnionId());
            m.put("unionName", orgTree.nameOf(r.getUnionId()).orElse(null));
            m.put("title", r.getTitle());
            m.put("startsOn", r.getStartsOn());
            m.put("endsOn", r.getEndsOn());
            m.put("visited", r.getVisited());
            m.put("visitedCount", r.getVisitedCount());
            m.put("problems", ledger.countFromResearch(r.getId()));
            return m;
        }).toList();
    }

    @PostMapping("/api/research-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    Map<String, Object> createRound(@Valid @RequestBody ResearchRequest r) {
        scopes.requireOpen(r.unionId());
        if (r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        ResearchRound round = rounds.saveAndFlush(new ResearchRound(r.unionId(), Texts.clean(r.title()), r.startsOn(), r.endsOn(),
                Texts.blankToNull(r.visited()), r.visitedCount() == null ? 0 : r.visitedCount()));
        return Map.of("id", round.getId(), "title", round.getTitle());
    }

    /** A bottleneck problem found in the round: it becomes an item of the rectification ledger. */
    @PostMapping("/api/research-rounds/{id}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write') and hasAuthority('governance:write')")
    @Transactional
    Map<String, Object> problem(@PathVariable long id, @RequestBody Map<String, String> body) {
        ResearchRound round = rounds.findById(id).orElseThrow(() -> new NotFoundException("调研"));
        String description = required(body, "description", "问题描述", 1000);
        String owner = required(body, "ownerPerson", "责任人", 50);
        LocalDate deadline = date(body.get("deadline"), "deadline", "整改期限");
        LocalDate foundOn = body.get("foundOn") == null ? round.getEndsOn() : date(body.get("foundOn"), "foundOn", "发现日期");
        long item = ledger.record(new ProblemLedger.Problem(round.getUnionId(), "RESEARCH", body.get("category"), description,
                owner, Texts.blankToNull(body.get("ownerDepartment")), Texts.blankToNull(body.get("measures")), deadline,
                foundOn, id));
        return Map.of("rectificationId", item);
    }

    @GetMapping("/api/work-groups")
    @PreAuthorize("hasAuthority('activity:read')")
    @Transactional(readOnly = true)
    List<Map<String, Object>> groups() {
        return groups.findAll(Sort.by("startsOn").descending()).stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.getId());
            m.put("unionId", g.getUnionId());
            m.put("unionName", orgTree.nameOf(g.getUnionId()).orElse(null));
            m.put("name", g.getName());
            m.put("members", g.getMembers());
            m.put("stationedUnionId", g.getStationedUnionId());
            m.put("stationedUnionName", orgTree.nameOf(g.getStationedUnionId()).orElse(null));
            m.put("startsOn", g.getStartsOn());
            m.put("endsOn", g.getEndsOn());
            m.put("matters", matters(g.getId()));
            return m;
        }).toList();
    }

    @PostMapping("/api/work-groups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    Map<String, Object> createGroup(@Valid @RequestBody WorkGroupRequest r) {
        scopes.requireOpen(r.unionId());
        scopes.requireOpen(r.stationedUnionId());
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        WorkGroup g = groups.saveAndFlush(new WorkGroup(r.unionId(), Texts.clean(r.name()), Texts.clean(r.members()),
                r.stationedUnionId(), r.startsOn(), r.endsOn()));
        return Map.of("id", g.getId(), "name", g.getName());
    }

    /** 实事: a practical matter the group got done, with its date. */
    @PostMapping("/api/work-groups/{id}/matters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('activity:write')")
    @Transactional
    List<Map<String, Object>> matter(@PathVariable long id, @RequestBody Map<String, String> body) {
        WorkGroup g = groups.findById(id).orElseThrow(() -> new NotFoundException("工作组"));
        String description = required(body, "description", "实事内容", 500);
        LocalDate on = date(body.get("doneOn"), "doneOn", "办结日期");
        if (on.isBefore(g.getStartsOn()) || on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("doneOn", "办结日期应在工作组进驻之后、不晚于今天");
        }
        jdbc.sql("""
                insert into practical_matter (group_id, union_id, done_on, description, created_at)
                values (:g, :u, :on, :d, :now)""").param("g", id).param("u", g.getUnionId()).param("on", on)
                .param("d", description).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return matters(id);
    }

    private List<Map<String, Object>> matters(long groupId) {
        return jdbc.sql("select id, done_on, description from practical_matter where group_id = :g order by done_on")
                .param("g", groupId)
                .query((rs, n) -> Map.<String, Object>of("id", rs.getLong(1), "doneOn", rs.getObject(2, LocalDate.class),
                        "description", rs.getString(3))).list();
    }

    private static String required(Map<String, String> body, String field, String label, int max) {
        String v = Texts.blankToNull(body.get(field));
        if (v == null || v.length() > max) {
            throw new InvalidInputException(field, "请填写" + label + "（不超过" + max + "个字符）");
        }
        return Texts.clean(v);
    }

    private static LocalDate date(String value, String field, String label) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "请填写" + label + "（yyyy-MM-dd）");
        }
    }
}
