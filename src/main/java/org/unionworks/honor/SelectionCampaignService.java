package org.unionworks.honor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

/**
 * 评选推荐: a campaign with quotas and a timetable; nominations pass 区县审核 → 市总评审 → 公示 → 审定 → 上报,
 * each stage approving, returning with comments (the union corrects and resubmits) or rejecting.
 * 上报 puts the honor into the register. Who may act is decided here; what an act does, in {@link Nomination}.
 */
@Service
class SelectionCampaignService {

    /** What a nomination needs from its campaign and the caller. */
    record NominationDraft(long unionId, long titleId, String name, String idNumber, String employerName, String post,
                           String achievements, Set<String> fileIds) {
    }

    private final SelectionCampaignRepository campaigns;
    private final NominationRepository nominations;
    private final NominationStepRepository steps;
    private final ObjectionRepository objections;
    private final HonorTitleRepository titles;
    private final HonoreeRepository honorees;
    private final HonorService honors;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final SqlScopes sqlScopes;
    private final JdbcClient jdbc;
    private final FileStore files;

    SelectionCampaignService(SelectionCampaignRepository campaigns, NominationRepository nominations, NominationStepRepository steps,
                    ObjectionRepository objections, HonorTitleRepository titles, HonoreeRepository honorees, HonorService honors,
                    Scopes scopes, OrgTree orgTree, SqlScopes sqlScopes, JdbcClient jdbc, FileStore files) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.steps = steps;
        this.objections = objections;
        this.titles = titles;
        this.honorees = honorees;
        this.honors = honors;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.files = files;
    }

    @Transactional
    SelectionCampaign create(String name, int year, LocalDate from, LocalDate to, List<Quota> quotas) {
        long organizer = CurrentUsers.require().unionId();
        for (Quota q : quotas) {
            titles.findById(q.titleId()).orElseThrow(() -> new InvalidInputException("quotas", "荣誉称号不存在"));
            if (q.unionId() != null) {
                scopes.requireOpen(q.unionId());
            }
        }
        return campaigns.saveAndFlush(new SelectionCampaign(organizer, name, year, from, to, quotas));
    }

    /** A campaign is seen by its organizer's subtree and by every union above the organizer. */
    SelectionCampaign campaign(long campaignId) {
        SelectionCampaign c = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("评选活动"));
        String mine = orgTree.pathOf(CurrentUsers.require().unionId()).orElseThrow();
        String theirs = orgTree.pathOf(c.getOrganizerId()).orElseThrow();
        if (!mine.startsWith(theirs) && !theirs.startsWith(mine)) {
            throw new NotFoundException("评选活动");
        }
        return c;
    }

    /** For the public 公示 page and the form: a campaign's name and form template, of a nomination already shown. */
    String campaignName(long campaignId) {
        return campaigns.findById(campaignId).map(SelectionCampaign::getName).orElse(null);
    }

    String formFileOf(long campaignId) {
        return campaigns.findById(campaignId).map(SelectionCampaign::getFormFileId).orElse(null);
    }

    /** Campaigns organized within the caller's subtree or by a union above it, newest first. */
    /** One page of the campaigns shared with the caller, of a year and naming {@code q} when given, newest first. */
    PageResponse<SelectionCampaign> visibleCampaigns(Integer year, String q, int page, int size) {
        var scope = sqlScopes.sharedWithMe("c.union_id");
        String text = Texts.blankToNull(q);
        String where = scope.sql() + (year == null ? "" : " and c.award_year = :year")
                + (text == null ? "" : " and c.name like :q escape '\\'");
        java.util.function.UnaryOperator<JdbcClient.StatementSpec> params = st -> {
            scope.bind(st);
            if (year != null) {
                st.param("year", year);
            }
            if (text != null) {
                st.param("q", ListFilter.containing(text));
            }
            return st;
        };
        long total = params.apply(jdbc.sql("select count(*) from honor_campaign c where " + where)).query(Long.class).single();
        List<Long> ids = params.apply(jdbc.sql("select c.id from honor_campaign c where " + where
                        + " order by c.nominate_from desc, c.id desc limit :size offset :offset"))
                .param("size", size).param("offset", (long) (page - 1) * size).query(Long.class).list();
        var byId = campaigns.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(SelectionCampaign::getId, c -> c));
        return new PageResponse<>(ids.stream().map(byId::get).toList(), total, page, size);
    }

    @Transactional
    Nomination nominate(long campaignId, NominationDraft d) {
        SelectionCampaign c = campaign(campaignId);
        scopes.requireOpen(d.unionId());
        String organizer = orgTree.pathOf(c.getOrganizerId()).orElseThrow();
        if (!orgTree.pathOf(d.unionId()).orElseThrow().startsWith(organizer) || d.unionId() == c.getOrganizerId()) {
            throw new InvalidInputException("unionId", "推荐单位须是评选组织工会的下级工会");
        }
        if (d.fileIds().size() > 20 || d.fileIds().stream().anyMatch(f -> files.find(f).isEmpty())) {
            throw new InvalidInputException("fileIds", "证明材料不存在或无权访问（最多20个）");
        }
        checkTimetable(c);
        checkCandidate(d.titleId(), d.idNumber());
        checkQuota(c, d.titleId(), d.unionId());
        Nomination n = nominations.saveAndFlush(new Nomination(campaignId, d.unionId(), d.titleId(), d.name(), d.idNumber(),
                d.employerName(), d.post(), d.achievements(), d.fileIds()));
        steps.save(n.submitted(me()));
        return n;
    }

    @Transactional
    Nomination resubmit(long id, String achievements) {
        Nomination n = get(id);
        checkTimetable(campaigns.findById(n.getCampaignId()).orElseThrow());
        steps.save(n.resubmit(achievements, me()));
        return nominations.saveAndFlush(n);
    }

    /** Approval at the current stage moves the nomination on; at 市总评审 it opens the 公示 window; 上报 registers the honor. */
    @Transactional
    Nomination approve(long id, String note, LocalDate noticeFrom, LocalDate noticeTo) {
        Nomination n = get(id);
        requireReviewer(n);
        steps.save(n.approve(note, noticeFrom, noticeTo, LocalDate.now(), objections.countByNominationIdAndResolvedAtIsNull(id), me()));
        if (n.getStage() == NominationStage.REPORTED) {
            register(n);
        }
        return nominations.saveAndFlush(n);
    }

    @Transactional
    Nomination returnFor(long id, String comment) {
        Nomination n = get(id);
        requireReviewer(n);
        steps.save(n.returnFor(comment, me()));
        return nominations.saveAndFlush(n);
    }

    @Transactional
    Nomination reject(long id, String reason) {
        Nomination n = get(id);
        requireReviewer(n);
        steps.save(n.reject(reason, me()));
        return nominations.saveAndFlush(n);
    }

    /** Objections from anyone during the 公示 window. */
    @Transactional
    void object(long id, String content, String contact) {
        Nomination n = nominations.findById(id).orElseThrow(() -> new NotFoundException("公示对象"));
        if (!n.inNoticeOn(LocalDate.now())) {
            throw new ConflictException("该对象不在公示期内");
        }
        objections.save(new Objection(id, content, contact));
    }

    @Transactional
    Objection resolve(long objectionId, String resolution) {
        Objection o = objections.findForAnswer(objectionId).orElseThrow(() -> new NotFoundException("异议"));
        requireReviewer(get(o.getNominationId()));
        o.resolve(resolution, me());
        return objections.saveAndFlush(o);
    }

    @Transactional
    SelectionCampaign useForm(long campaignId, String fileId) {
        SelectionCampaign c = campaign(campaignId);
        c.useForm(fileId);
        return campaigns.saveAndFlush(c);
    }

    /** A nomination the caller may see. */
    Nomination get(long id) {
        return nominations.findById(id).orElseThrow(() -> new NotFoundException("推荐"));
    }

    List<Nomination> nominationsOf(long campaignId) {
        campaign(campaignId);
        return nominations.findByCampaignIdOrderById(campaignId);
    }

    /** 区县审核 by an upper union of the nominating union; the later stages by the organizer or above. */
    private void requireReviewer(Nomination n) {
        long mine = CurrentUsers.require().unionId();
        if (mine == n.getUnionId()) {
            throw new ForbiddenException("推荐单位不能审核自己的推荐");
        }
        String submitter = steps.findFirstByNominationIdAndActionOrderByDoneAtDescIdDesc(n.getId(), NominationStep.Action.SUBMIT)
                .map(NominationStep::getDoneBy).orElse(null);
        if (me().equals(submitter)) {
            throw new ForbiddenException("录入或最后修改这份推荐的人不能审核它，请由其他人审核");
        }
        if (n.getStage().byOrganizer()) {
            long organizerId = campaigns.findById(n.getCampaignId()).orElseThrow().getOrganizerId();
            String organizer = orgTree.pathOf(organizerId).orElseThrow();
            if (!organizer.startsWith(orgTree.pathOf(mine).orElseThrow())) {
                throw new ForbiddenException(n.getStage().label() + "由评选组织工会办理");
            }
        }
    }

    private void register(Nomination n) {
        int year = campaigns.findById(n.getCampaignId()).orElseThrow().getAwardYear();
        Long honoree = n.getIdNumber() == null ? null
                : jdbc.sql("select id from honoree where id_number = :i").param("i", n.getIdNumber()).query(Long.class).optional().orElse(null);
        if (honoree == null) {
            String kind = n.getIdNumber() == null ? "COLLECTIVE" : "PERSON";
            Honoree h = new Honoree(n.getUnionId(), kind);
            String sex = n.getIdNumber() == null ? null : IdNumbers.parse(n.getIdNumber(), LocalDate.now()).sex().name();
            h.describe(n.getName(), n.getIdNumber(), sex, n.getEmployerName(), n.getPost(), null, null, HonoreeStatus.WORKING, false);
            honors.linkMember(h);
            honoree = honorees.saveAndFlush(h).getId();
        }
        honors.award(honoree, n.getTitleId(), year, null);
        n.registeredAs(honoree);
    }

    private static void checkTimetable(SelectionCampaign c) {
        if (!c.acceptsNominationsOn(LocalDate.now())) {
            throw new ConflictException("推荐时间为" + c.getNominateFrom() + "至" + c.getNominateTo() + "，现在不能推荐");
        }
    }

    private void checkCandidate(long titleId, String idNumber) {
        HonorTitle title = titles.findById(titleId).orElseThrow(() -> new InvalidInputException("titleId", "荣誉称号不存在"));
        if (title.getKind().equals("INDIVIDUAL")) {
            String p = IdNumbers.problem(idNumber, LocalDate.now());
            if (p != null) {
                throw new InvalidInputException("idNumber", p);
            }
        }
    }

    /**
     * The title's quota overall and the nominating union's share (set for the subordinate union it
     * belongs to), counted over every nomination of the subtree, also those the caller cannot see.
     */
    private void checkQuota(SelectionCampaign c, long titleId, long unionId) {
        List<Quota> quotas = c.quotasFor(titleId);
        if (quotas.isEmpty()) {
            throw new InvalidInputException("titleId", "本次评选不含该荣誉称号");
        }
        String path = orgTree.pathOf(unionId).orElseThrow();
        for (Quota q : quotas) {
            if (!q.overall() && !path.startsWith(orgTree.pathOf(q.unionId()).orElseThrow())) {
                continue;
            }
            var within = sqlScopes.unrestricted(q.overall() ? c.getOrganizerId() : q.unionId(), "n.union_id");
            long used = within.bind(jdbc.sql("""
                    select count(*) from nomination n
                     where n.campaign_id = :c and n.title_id = :t and n.status <> 'REJECTED' and %s""".formatted(within.sql())))
                    .param("c", c.getId()).param("t", titleId).query(Long.class).single();
            if (used >= q.quota()) {
                throw new ConflictException("已超出推荐名额（" + (q.overall() ? "本称号总名额" : "本单位名额") + q.quota() + "名）");
            }
        }
    }

    private static String me() {
        return CurrentUsers.require().username();
    }
}
