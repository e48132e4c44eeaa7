package org.unionworks.honor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;

/**
 * 评选推荐: a campaign with quotas and a timetable; nominations pass 区县审核 → 市总评审 → 公示 → 审定 → 上报,
 * each stage approving, returning with comments (the union corrects and resubmits) or rejecting.
 * 上报 puts the honor into the register.
 */
@Service
class CampaignService {

    static final List<String> STAGES = List.of("DISTRICT_REVIEW", "CITY_REVIEW", "NOTICE", "DECISION", "REPORT", "REPORTED");
    static final Map<String, String> STAGE_LABELS = Map.of("DISTRICT_REVIEW", "区县审核", "CITY_REVIEW", "市总评审", "NOTICE", "公示",
            "DECISION", "审定", "REPORT", "上报", "REPORTED", "已上报");

    /** A nomination as the service needs it. */
    record Nomination(long id, long campaignId, long unionId, long titleId, String name, String idNumber, String employerName,
                      String post, String stage, String status, LocalDate noticeFrom, LocalDate noticeTo, long organizerId,
                      int awardYear) {
    }

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final HonoreeRepository honorees;
    private final HonorService honors;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    CampaignService(JdbcClient jdbc, Scopes scopes, OrgTree orgTree, HonoreeRepository honorees, HonorService honors, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.honorees = honorees;
        this.honors = honors;
    }

    /** A campaign is seen by its organizer's subtree and by every union above the organizer. */
    long campaignOrganizer(long campaignId) {
        long organizer = jdbc.sql("select union_id from honor_campaign where id = :id").param("id", campaignId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("评选活动"));
        String mine = orgTree.pathOf(CurrentUsers.require().unionId()).orElseThrow();
        String theirs = orgTree.pathOf(organizer).orElseThrow();
        if (!mine.startsWith(theirs) && !theirs.startsWith(mine)) {
            throw new NotFoundException("评选活动");
        }
        return organizer;
    }

    @Transactional
    long nominate(long campaignId, long unionId, long titleId, String name, String idNumber, String employer, String post,
                  String achievements) {
        long organizer = campaignOrganizer(campaignId);
        scopes.requireOpen(unionId);
        String org = orgTree.pathOf(organizer).orElseThrow();
        if (!orgTree.pathOf(unionId).orElseThrow().startsWith(org) || unionId == organizer) {
            throw new InvalidInputException("unionId", "推荐单位须是评选组织工会的下级工会");
        }
        checkTimetable(campaignId);
        checkCandidate(titleId, idNumber);
        checkQuota(campaignId, titleId, unionId, organizer);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into nomination (campaign_id, union_id, title_id, name, id_number, employer_name, post, achievements,
                                        version, created_at, updated_at)
                values (:c, :u, :t, :n, :i, :e, :p, :a, 0, :now, :now)""")
                .param("c", campaignId).param("u", unionId).param("t", titleId).param("n", name)
                .param("i", idNumber).param("e", employer).param("p", post).param("a", achievements).param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        step(id, "NOMINATED", "SUBMIT", "基层推荐");
        return id;
    }

    @Transactional
    void resubmit(long id, String achievements) {
        Nomination n = get(id);
        if (!n.status().equals("RETURNED")) {
            throw new ConflictException("只有被退回的推荐可以修改后重新提交");
        }
        checkTimetable(n.campaignId());
        jdbc.sql("""
                update nomination set achievements = :a, status = 'ACTIVE', stage = 'DISTRICT_REVIEW', version = version + 1,
                       updated_at = :now where id = :id""").param("a", achievements).param("now", now()).param("id", id).update();
        step(id, "DISTRICT_REVIEW", "SUBMIT", "修改后重新提交");
    }

    /** Approval at the current stage moves the nomination on; at 市总评审 it opens the 公示 window. */
    @Transactional
    void approve(long id, String note, LocalDate noticeFrom, LocalDate noticeTo) {
        Nomination n = active(id);
        requireReviewer(n);
        String next = STAGES.get(STAGES.indexOf(n.stage()) + 1);
        if (n.stage().equals("CITY_REVIEW")) {
            if (noticeFrom == null || noticeTo == null || noticeTo.isBefore(noticeFrom)) {
                throw new InvalidInputException("noticeTo", "请填写公示起止日期");
            }
            jdbc.sql("update nomination set notice_from = :f, notice_to = :t where id = :id")
                    .param("f", noticeFrom).param("t", noticeTo).param("id", id).update();
        }
        if (n.stage().equals("NOTICE")) {
            if (!n.noticeTo().isBefore(LocalDate.now())) {
                throw new ConflictException("公示期至" + n.noticeTo() + "结束，期满后才能审定");
            }
            long open = jdbc.sql("select count(*) from nomination_objection where nomination_id = :id and resolved_at is null")
                    .param("id", id).query(Long.class).single();
            if (open > 0) {
                throw new ConflictException("公示期间有" + open + "条异议尚未处理，处理后才能审定");
            }
        }
        if (next.equals("REPORTED")) {
            register(n);
        }
        jdbc.sql("update nomination set stage = :s, version = version + 1, updated_at = :now where id = :id")
                .param("s", next).param("now", now()).param("id", id).update();
        step(id, n.stage(), "APPROVE", note == null ? STAGE_LABELS.get(n.stage()) + "通过" : note);
    }

    @Transactional
    void returnOrReject(long id, boolean reject, String note) {
        Nomination n = active(id);
        requireReviewer(n);
        jdbc.sql("update nomination set status = :s, version = version + 1, updated_at = :now where id = :id")
                .param("s", reject ? "REJECTED" : "RETURNED").param("now", now()).param("id", id).update();
        step(id, n.stage(), reject ? "REJECT" : "RETURN", note);
    }

    /** Objections from anyone during the 公示 window. */
    @Transactional
    void object(long id, String content, String contact) {
        Nomination n = jdbc.sql(SELECT + " where n.id = :id").param("id", id).query((rs, i) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("公示对象"));
        LocalDate today = LocalDate.now();
        if (!n.stage().equals("NOTICE") || n.noticeFrom().isAfter(today) || n.noticeTo().isBefore(today)) {
            throw new ConflictException("该对象不在公示期内");
        }
        jdbc.sql("insert into nomination_objection (nomination_id, content, contact, raised_at) values (:n, :c, :t, :now)")
                .param("n", id).param("c", content).param("t", contact).param("now", now()).update();
    }

    @Transactional
    void resolve(long objectionId, String resolution) {
        long nomination = jdbc.sql("select nomination_id from nomination_objection where id = :id").param("id", objectionId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("异议"));
        requireReviewer(get(nomination));
        int n = jdbc.sql("""
                update nomination_objection set resolution = :r, resolved_by = :by, resolved_at = :now
                 where id = :id and resolved_at is null""")
                .param("r", resolution).param("by", CurrentUsers.require().username()).param("now", now()).param("id", objectionId).update();
        if (n == 0) {
            throw new ConflictException("该异议已处理");
        }
    }

    static final String SELECT = """
            select n.id, n.campaign_id, n.union_id, n.title_id, n.name, n.id_number, n.employer_name, n.post, n.stage, n.status,
                   n.notice_from, n.notice_to, c.union_id, c.award_year
              from nomination n join honor_campaign c on c.id = n.campaign_id""";

    Nomination get(long id) {
        Nomination n = jdbc.sql(SELECT + " where n.id = :id").param("id", id).query((rs, i) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("推荐"));
        if (!scopes.isVisible(n.unionId())) {
            throw new NotFoundException("推荐");
        }
        return n;
    }

    private Nomination active(long id) {
        Nomination n = get(id);
        if (!n.status().equals("ACTIVE") || n.stage().equals("REPORTED")) {
            throw new ConflictException("该推荐已退回、不予推荐或已上报");
        }
        return n;
    }

    /** 区县审核 by an upper union of the nominating union; the later stages by the organizer or above. */
    private void requireReviewer(Nomination n) {
        long mine = CurrentUsers.require().unionId();
        if (mine == n.unionId()) {
            throw new ForbiddenException("推荐单位不能审核自己的推荐");
        }
        String submitter = jdbc.sql("""
                        select done_by from nomination_step where nomination_id = :id and action = 'SUBMIT'
                         order by done_at desc, id desc limit 1""")
                .param("id", n.id()).query(String.class).optional().orElse(null);
        if (CurrentUsers.require().username().equals(submitter)) {
            throw new ForbiddenException("录入或最后修改这份推荐的人不能审核它，请由其他人审核");
        }
        if (!n.stage().equals("DISTRICT_REVIEW")) {
            String organizer = orgTree.pathOf(n.organizerId()).orElseThrow();
            if (!organizer.startsWith(orgTree.pathOf(mine).orElseThrow())) {
                throw new ForbiddenException(STAGE_LABELS.get(n.stage()) + "由评选组织工会办理");
            }
        }
    }

    private void register(Nomination n) {
        Long honoree = n.idNumber() == null ? null
                : jdbc.sql("select id from honoree where id_number = :i").param("i", n.idNumber()).query(Long.class).optional().orElse(null);
        if (honoree == null) {
            String kind = n.idNumber() == null ? "COLLECTIVE" : "PERSON";
            Honoree h = new Honoree(n.unionId(), kind);
            h.describe(n.name(), n.idNumber(), n.idNumber() == null ? null : IdNumbers.parse(n.idNumber(), LocalDate.now()).sex().name(),
                    n.employerName(), n.post(), null, null, "WORKING", false);
            honors.linkMember(h);
            honoree = honorees.saveAndFlush(h).getId();
        }
        honors.award(honoree, n.titleId(), n.awardYear(), null);
        jdbc.sql("update nomination set honoree_id = :h where id = :id").param("h", honoree).param("id", n.id()).update();
    }

    private void checkTimetable(long campaignId) {
        var window = jdbc.sql("select nominate_from, nominate_to from honor_campaign where id = :id").param("id", campaignId)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).single();
        LocalDate today = LocalDate.now();
        if (today.isBefore(window[0]) || today.isAfter(window[1])) {
            throw new ConflictException("推荐时间为" + window[0] + "至" + window[1] + "，现在不能推荐");
        }
    }

    private void checkCandidate(long titleId, String idNumber) {
        String kind = jdbc.sql("select kind from honor_title where id = :id").param("id", titleId).query(String.class).optional()
                .orElseThrow(() -> new InvalidInputException("titleId", "荣誉称号不存在"));
        if (kind.equals("INDIVIDUAL")) {
            String p = IdNumbers.problem(idNumber, LocalDate.now());
            if (p != null) {
                throw new InvalidInputException("idNumber", p);
            }
        }
    }

    /** The title's quota overall and the nominating union's share (set for the subordinate union it belongs to). */
    private void checkQuota(long campaignId, long titleId, long unionId, long organizer) {
        List<Object[]> quotas = jdbc.sql("select union_id, quota from campaign_quota where campaign_id = :c and title_id = :t")
                .param("c", campaignId).param("t", titleId)
                .query((rs, n) -> new Object[] {rs.getObject(1, Long.class), rs.getInt(2)}).list();
        if (quotas.isEmpty()) {
            throw new InvalidInputException("titleId", "本次评选不含该荣誉称号");
        }
        String path = orgTree.pathOf(unionId).orElseThrow();
        for (Object[] q : quotas) {
            Long share = (Long) q[0];
            if (share != null && !path.startsWith(orgTree.pathOf(share).orElseThrow())) {
                continue;
            }
            var within = sqlScopes.unrestricted(share == null ? organizer : share, "n.union_id");
            long used = within.bind(jdbc.sql("""
                    select count(*) from nomination n
                     where n.campaign_id = :c and n.title_id = :t and n.status <> 'REJECTED' and %s""".formatted(within.sql())))
                    .param("c", campaignId).param("t", titleId).query(Long.class).single();
            if (used >= (int) q[1]) {
                throw new ConflictException("已超出推荐名额（" + (share == null ? "本称号总名额" : "本单位名额") + q[1] + "名）");
            }
        }
    }

    private void step(long id, String stage, String action, String note) {
        jdbc.sql("insert into nomination_step (nomination_id, stage, action, note, done_by, done_at) values (:n, :s, :a, :note, :by, :now)")
                .param("n", id).param("s", stage).param("a", action).param("note", note)
                .param("by", CurrentUsers.current().map(u -> u.username()).orElse("public")).param("now", now()).update();
    }

    static Nomination map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Nomination(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getLong(13), rs.getInt(14));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
