package org.unionworks.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.web.CensusProgress;
import org.unionworks.org.web.CensusReturnView;
import org.unionworks.org.web.CensusView;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/**
 * Read side of census campaigns. A campaign run by an upper union reaches into the viewer's
 * subtree, so every count here is limited to the returns of unions under the viewer's union.
 */
@Component
class CensusQueries {

    private static final String TALLY = """
            select count(*), coalesce(sum(case when r.status <> 'PENDING' then 1 else 0 end), 0),
                   coalesce(sum(case when r.status = 'APPROVED' then 1 else 0 end), 0)
              from census_return r join union_org u on u.id = r.union_id""";

    private static final String SELECT_RETURN = """
            select r.id, r.census_id, r.union_id, u.name as union_name, d.name as district_name, r.status, r.has_committee, r.committee_size,
                   r.term_starts_on, r.term_ends_on, r.members, r.employees, r.has_workers_home, r.holds_congress,
                   r.problems, r.submitted_on, r.submitted_by, r.version, r.employer_credit_code
              from census_return r join union_org u on u.id = r.union_id left join union_org d on d.id = u.district_id
            """;

    private static final String RETURNS = SELECT_RETURN + """
             where r.census_id = :c and u.path like :p and (:s = '' or r.status = :s
                   or (:s = 'RETURNED' and r.status <> 'PENDING')) and (:q = '' or u.name like :q)""";

    private final JdbcClient jdbc;
    private final OrgTree orgTree;
    private final CensusQuestions questions;

    CensusQueries(JdbcClient jdbc, OrgTree orgTree, CensusQuestions questions) {
        this.jdbc = jdbc;
        this.orgTree = orgTree;
        this.questions = questions;
    }

    /** Campaigns the viewer runs or takes part in, newest first. */
    Page<CensusView> campaigns(Pageable pageable) {
        String mine = viewerSubtree();
        String where = """
                 where o.path like :p or exists (select 1 from census_return r join union_org u on u.id = r.union_id
                                                  where r.census_id = c.id and u.path like :p)""";
        long total = jdbc.sql("select count(*) from census c join union_org o on o.id = c.union_id " + where)
                .param("p", mine).query(Long.class).single();
        List<Long> ids = jdbc.sql("select c.id from census c join union_org o on o.id = c.union_id " + where
                        + " order by c.starts_on desc, c.id desc limit :limit offset :offset")
                .param("p", mine).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(Long.class).list();
        return new PageImpl<>(ids.stream().map(id -> campaign(id, mine)).toList(), pageable, total);
    }

    CensusView campaign(long censusId) {
        return campaign(censusId, viewerSubtree());
    }

    CensusProgress progress(long censusId) {
        long viewer = CurrentUsers.require().unionId();
        String mine = viewerSubtree();
        String counts = """
                count(*), coalesce(sum(case when r.status <> 'PENDING' then 1 else 0 end), 0),
                coalesce(sum(case when r.status = 'APPROVED' then 1 else 0 end), 0)""";
        RowMapper<CensusProgress.Part> part = (rs, n) -> new CensusProgress.Part(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5));
        List<CensusProgress.Part> parts = new ArrayList<>(jdbc.sql("""
                        select ch.id, ch.name, %s
                          from census_return r join union_org u on u.id = r.union_id
                          join union_org ch on ch.parent_id = :viewer and u.path like concat(ch.path, '%%')
                         where r.census_id = :c group by ch.id, ch.name order by ch.name""".formatted(counts))
                .param("c", censusId).param("viewer", viewer).query(part).list());
        parts.addAll(jdbc.sql("""
                        select u.id, u.name, %s from census_return r join union_org u on u.id = r.union_id
                         where r.census_id = :c and u.id = :viewer group by u.id, u.name""".formatted(counts))
                .param("c", censusId).param("viewer", viewer).query(part).list());
        var asked = questions.of(censusId).stream().map(q -> new CensusProgress.CensusQuestionView(q.code(), q.label(), q.unit(),
                q.kind().name(), q.definition())).toList();
        return new CensusProgress(campaign(censusId, mine), parts, asked);
    }

    /** Returns under {@code pathPrefix}; status PENDING, SUBMITTED, APPROVED or RETURNED (= not pending). */
    Page<CensusReturnView> returns(long censusId, String pathPrefix, String status, String q, Pageable pageable) {
        String s = status == null ? "" : status.strip();
        if (!s.isEmpty() && !List.of("PENDING", "SUBMITTED", "APPROVED", "RETURNED").contains(s)) {
            throw new InvalidInputException("status", "填报状态只能是 PENDING、SUBMITTED、APPROVED 或 RETURNED");
        }
        String like = q == null || q.isBlank() ? "" : "%" + q.strip() + "%";
        long total = jdbc.sql("select count(*) from (" + RETURNS + ") x").param("c", censusId)
                .param("p", pathPrefix + "%").param("s", s).param("q", like).query(Long.class).single();
        var items = jdbc.sql(RETURNS + " order by d.name, u.name, r.id limit :limit offset :offset")
                .param("c", censusId).param("p", pathPrefix + "%").param("s", s).param("q", like)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> view(rs)).list();
        return new PageImpl<>(withAnswers(items), pageable, total);
    }

    CensusReturnView returnById(long returnId) {
        return withAnswers(List.of(jdbc.sql(SELECT_RETURN + " where r.id = :id").param("id", returnId).query((rs, n) -> view(rs))
                .single())).get(0);
    }

    private List<CensusReturnView> withAnswers(List<CensusReturnView> views) {
        var answers = questions.answers(views.stream().map(CensusReturnView::id).toList());
        return views.stream().map(v -> v.withQuestionAnswers(answers.getOrDefault(v.id(), java.util.Map.of()))).toList();
    }

    String viewerPath() {
        return orgTree.pathOf(CurrentUsers.require().unionId()).orElseThrow(() -> new NotFoundException("工会组织"));
    }

    private String viewerSubtree() {
        return viewerPath() + "%";
    }

    private CensusView campaign(long censusId, String mine) {
        long[] tally = jdbc.sql(TALLY + " where r.census_id = :c and u.path like :p").param("c", censusId).param("p", mine)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return jdbc.sql("""
                        select c.id, c.union_id, o.name, c.name, c.starts_on, c.ends_on, c.status
                          from census c join union_org o on o.id = c.union_id where c.id = :c""")
                .param("c", censusId)
                .query((rs, n) -> new CensusView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                        tally[0], tally[1], tally[2]))
                .optional().orElseThrow(() -> new NotFoundException("摸底排查"));
    }

    private static CensusReturnView view(ResultSet rs) throws SQLException {
        return new CensusReturnView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5) == null ? "市直" : rs.getString(5), rs.getString(6), bool(rs, 7), integer(rs, 8),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), integer(rs, 11), integer(rs, 12),
                bool(rs, 13), bool(rs, 14), rs.getString(15), rs.getObject(16, LocalDate.class), rs.getString(17),
                rs.getLong(18), rs.getString(19), java.util.Map.of());
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean v = rs.getBoolean(i);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }
}
