package org.unionworks.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.figures.Tallies;
import org.unionworks.org.EmployerClosed;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.DistrictRows;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.access.SubtreeDistricts;
import org.unionworks.platform.access.SubtreeMoved;
import org.unionworks.platform.access.UnionClosed;
import org.unionworks.platform.access.UnionKindChanged;

/**
 * Membership rules that follow from changes elsewhere: when a union closes its members pass to
 * its successor; when an employer closes, the members it employed pass to the upper union of the
 * union that covered it (会籍转至上级工会). Each move is written into the members' history.
 */
@Component
class MemberLifecycle {

    private static final String CURRENT = "status in ('ACTIVE', 'RESERVED')";

    private final JdbcClient jdbc;
    private final OrgDirectory directory;
    private final OrgTree orgTree;
    private final SubtreeDistricts districts;
    private final DistrictRows rows;
    private final Tallies tallies;
    private final MemberHistory history;

    MemberLifecycle(JdbcClient jdbc, OrgDirectory directory, OrgTree orgTree, SubtreeDistricts districts, DistrictRows rows,
                    Tallies tallies, MemberHistory history) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.history = history;
        this.directory = directory;
        this.orgTree = orgTree;
        this.districts = districts;
        this.rows = rows;
    }

    @EventListener
    void onUnionClosed(UnionClosed event) {
        String successor = orgTree.nameOf(event.successorId()).orElse("");
        move("union_id = :from", event.unionId(), event.successorId(), event.on(),
                (event.merged() ? "所在工会合并" : "所在工会撤销") + "，会籍转至“" + successor + "”");
    }

    /** Members keep the district of their union's place in the tree (their distribution key). */
    @EventListener
    void onSubtreeMoved(SubtreeMoved event) {
        districts.follow("member", event);
        history.follow(SqlScopes.inSubtree("union_id", "path"), Map.of("path", event.path() + "%"), event.districtId());
    }

    /** The kind tally counts the union's members again under its new kind (V58_2; no trigger on the union tree). */
    @EventListener
    void onUnionKindChanged(UnionKindChanged event) {
        if (tallies.kept(MemberIndicators.KIND_TALLY)) {
            jdbc.sql("select member_kind_tally_rekind(:union, :old)").param("union", event.unionId()).param("old", event.oldKind())
                    .query((rs, n) -> 0).list();
        }
    }

    @EventListener
    void onEmployerClosed(EmployerClosed event) {
        if (event.coveringUnionId() == null || event.upperUnionId() == null) {
            return;
        }
        String upper = orgTree.nameOf(event.upperUnionId()).orElse("");
        move("union_id = :from and employer_id = " + event.employerId() + " and " + CURRENT, event.coveringUnionId(),
                event.upperUnionId(), event.on(), "工作单位注销，会籍转至上级工会“" + upper + "”");
    }

    /**
     * Moves the members matching {@code where} (for a closed union: all its rows, ended ones too, so
     * nothing is left behind it) and records the move in the history of the current ones.
     */
    private void move(String where, long from, long to, LocalDate on, String reason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String by = CurrentUsers.current().map(u -> u.username()).orElse("system");
        long district = directory.anyUnion(to).orElseThrow().districtId();
        jdbc.sql("""
                insert into member_status_change (member_id, union_id, district_id, from_status, to_status, changed_on, reason,
                                                  changed_by, created_at)
                select id, :to, :district, status, status, :on, :reason, :by, :now from member where %s and %s""".formatted(where, CURRENT))
                .param("from", from).param("to", to).param("district", district).param("on", on).param("reason", reason)
                .param("by", by).param("now", now).update();
        rows.set("member", where, Map.of("from", from, "to", to, "now", now), district,
                Map.of("union_id", ":to", "version", "version + 1", "updated_at", ":now"));
        history.follow("union_id = :to", Map.of("to", to), district);
    }
}
