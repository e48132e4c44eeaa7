package org.unionworks.honor;

import org.unionworks.platform.web.BulkActions;
import org.unionworks.platform.web.BulkRequest;
import org.unionworks.platform.web.BulkResult;
import org.unionworks.honor.web.BulkStageDecisionRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.honor.web.SelectionCampaignRequest;
import org.unionworks.honor.web.SelectionCampaignViews;
import org.unionworks.honor.web.SelectionCampaignViews.NominationView;
import org.unionworks.honor.web.NominationRequest;
import org.unionworks.honor.web.ObjectionRequest;
import org.unionworks.honor.web.OpinionRequest;
import org.unionworks.honor.web.ResubmitRequest;
import org.unionworks.honor.web.StageDecisionRequest;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.files.WordTemplates;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Selection campaigns, nominations through their stages, the public notice with objections, the form and the results. */
@RestController
class SelectionCampaignController {

    private final SelectionCampaignService service;
    private final NominationRepository nominations;
    private final NominationStepRepository steps;
    private final ObjectionRepository objections;
    private final HonorTitleRepository titles;
    private final OrgTree orgTree;
    private final FileStore files;
    private final SpreadsheetExports exports;
    private final RateLimiter limiter;

    private final BulkActions bulk;

    SelectionCampaignController(SelectionCampaignService service, NominationRepository nominations, NominationStepRepository steps,
                       ObjectionRepository objections, HonorTitleRepository titles, OrgTree orgTree, FileStore files,
                       SpreadsheetExports exports, RateLimiter limiter, BulkActions bulk) {
        this.bulk = bulk;
        this.service = service;
        this.nominations = nominations;
        this.steps = steps;
        this.objections = objections;
        this.titles = titles;
        this.orgTree = orgTree;
        this.files = files;
        this.exports = exports;
        this.limiter = limiter;
    }

    @PostMapping("/api/honor-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:campaign')")
    SelectionCampaignViews.CampaignCreated create(@Valid @RequestBody SelectionCampaignRequest body) {
        if (body.nominateTo().isBefore(body.nominateFrom())) {
            throw new InvalidInputException("nominateTo", "推荐截止日期不能早于开始日期");
        }
        var quotas = body.quotas().stream().map(q -> new Quota(q.titleId(), q.unionId(), q.quota())).toList();
        SelectionCampaign c = service.create(Texts.clean(body.name()), body.year(), body.nominateFrom(), body.nominateTo(), quotas);
        return new SelectionCampaignViews.CampaignCreated(c.getId(), c.getName());
    }

    /** Campaigns organized within the user's subtree or by a union above it (which the user nominates to), newest first. */
    @GetMapping("/api/honor-campaigns")
    @PreAuthorize("hasAuthority('honor:read')")
    PageResponse<SelectionCampaignViews.CampaignSummary> list(@RequestParam(required = false) Integer year,
                                                              @RequestParam(required = false) String q,
                                                              @RequestParam(defaultValue = "1") int page,
                                                              @RequestParam(defaultValue = "20") int size) {
        var found = service.visibleCampaigns(year, q, PageResponse.page(page), PageResponse.size(size));
        return new PageResponse<>(found.items().stream().map(c -> new SelectionCampaignViews.CampaignSummary(c.getId(), c.getName(),
                c.getAwardYear(), c.getNominateFrom(), c.getNominateTo(), unionName(c.getOrganizerId()),
                nominations.countByCampaignId(c.getId()))).toList(), found.total(), found.page(), found.size());
    }

    @GetMapping("/api/honor-campaigns/{id}")
    @PreAuthorize("hasAuthority('honor:read')")
    SelectionCampaignViews.CampaignDetail get(@PathVariable long id) {
        SelectionCampaign c = service.campaign(id);
        var quotas = c.getQuotas().stream()
                .sorted(java.util.Comparator.comparingLong(Quota::titleId)
                        .thenComparing(Quota::unionId, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .map(q -> new SelectionCampaignViews.QuotaLine(q.titleId(), titleName(q.titleId()), q.unionId(),
                        q.unionId() == null ? null : unionName(q.unionId()), q.quota())).toList();
        return new SelectionCampaignViews.CampaignDetail(c.getId(), c.getName(), c.getAwardYear(), c.getNominateFrom(), c.getNominateTo(),
                unionName(c.getOrganizerId()), quotas, service.nominationsOf(id).stream().map(this::view).toList());
    }

    @PostMapping("/api/honor-campaigns/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:write')")
    NominationView nominate(@PathVariable long id, @Valid @RequestBody NominationRequest body) {
        var fileIds = body.fileIds() == null ? new LinkedHashSet<String>() : new LinkedHashSet<>(body.fileIds());
        var draft = new SelectionCampaignService.NominationDraft(body.unionId(), body.titleId(), Texts.clean(body.name()),
                IdNumbers.normalize(Texts.blankToNull(body.idNumber())), Texts.blankToNull(body.employerName()),
                Texts.blankToNull(body.post()), body.achievements().strip(), fileIds);
        return view(service.nominate(id, draft));
    }

    @PostMapping("/api/nominations/{id}/approve")
    @PreAuthorize("hasAuthority('honor:write')")
    NominationView approve(@PathVariable long id, @Valid @RequestBody StageDecisionRequest body) {
        return view(service.approve(id, Texts.blankToNull(body.note()), body.noticeFrom(), body.noticeTo()));
    }

    /** 批量通过 at their current stage (with the 公示 dates when the stage is 市总评审); the refusals listed. */
    @PostMapping("/api/nominations/bulk-approve")
    @PreAuthorize("hasAuthority('honor:write')")
    BulkResult bulkApprove(@Valid @RequestBody BulkStageDecisionRequest body) {
        return bulk.each(body.ids(), id -> service.approve(id, Texts.blankToNull(body.note()), body.noticeFrom(), body.noticeTo()));
    }

    @PostMapping("/api/nominations/bulk-return")
    @PreAuthorize("hasAuthority('honor:write')")
    BulkResult bulkReturn(@Valid @RequestBody BulkRequest body) {
        String note = Texts.required(body.note(), "note", "退回意见");
        return bulk.each(body.ids(), id -> service.returnFor(id, note));
    }

    @PostMapping("/api/nominations/{id}/return")
    @PreAuthorize("hasAuthority('honor:write')")
    NominationView returnFor(@PathVariable long id, @Valid @RequestBody OpinionRequest body) {
        return view(service.returnFor(id, body.note().strip()));
    }

    @PostMapping("/api/nominations/{id}/reject")
    @PreAuthorize("hasAuthority('honor:write')")
    NominationView reject(@PathVariable long id, @Valid @RequestBody OpinionRequest body) {
        return view(service.reject(id, body.note().strip()));
    }

    @PostMapping("/api/nominations/{id}/resubmit")
    @PreAuthorize("hasAuthority('honor:write')")
    NominationView resubmit(@PathVariable long id, @Valid @RequestBody ResubmitRequest body) {
        return view(service.resubmit(id, body.achievements().strip()));
    }

    @PostMapping("/api/objections/{id}/resolve")
    @PreAuthorize("hasAuthority('honor:write')")
    SelectionCampaignViews.Answered resolve(@PathVariable long id, @Valid @RequestBody OpinionRequest body) {
        return new SelectionCampaignViews.Answered(service.resolve(id, body.note().strip()).getId(), true);
    }

    /** The 公示 page's data: nominations whose notice window includes today (no personal data). */
    @GetMapping("/api/public/notices")
    List<SelectionCampaignViews.PublicNotice> notices(HttpServletRequest request) {
        limiter.check("notices", request, 120, 60_000);
        Map<Long, String> campaignNames = new LinkedHashMap<>();
        return nominations.inNoticeOn(LocalDate.now()).stream().map(n -> new SelectionCampaignViews.PublicNotice(n.getId(), n.getName(),
                n.getEmployerName(), n.getPost(), n.getAchievements(), titleName(n.getTitleId()),
                campaignNames.computeIfAbsent(n.getCampaignId(), c -> service.campaignName(c)), n.getNoticeFrom(), n.getNoticeTo()))
                .toList();
    }

    @PostMapping("/api/public/notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    SelectionCampaignViews.Received object(@PathVariable long id, @Valid @RequestBody ObjectionRequest body, HttpServletRequest request) {
        limiter.checkSubmission("objection", request);
        service.object(id, body.content().strip(), Texts.blankToNull(body.contact()));
        return new SelectionCampaignViews.Received("异议已收到，评选组织工会将核实处理");
    }

    /** 推荐审批表 as .docx, from the campaign's own template or the default one. */
    @GetMapping("/api/nominations/{id}/form")
    @PreAuthorize("hasAuthority('honor:read')")
    void form(@PathVariable long id, HttpServletResponse response) throws IOException {
        Nomination n = service.get(id);
        String fileId = service.formFileOf(n.getCampaignId());
        byte[] template = fileId == null ? NominationForm.defaultTemplate() : files.readShared(fileId);
        String opinions = String.join("；", steps.findByNominationIdOrderById(id).stream()
                .filter(s -> s.getAction() == NominationStep.Action.APPROVE)
                .map(s -> s.getStage().label() + "：" + s.getNote()).toList());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("姓名", n.getName());
        values.put("工作单位", java.util.Objects.toString(n.getEmployerName(), ""));
        values.put("职务", java.util.Objects.toString(n.getPost(), ""));
        values.put("推荐称号", titleName(n.getTitleId()));
        values.put("推荐单位", orgTree.nameOf(n.getUnionId()).orElse(""));
        values.put("主要事迹", n.getAchievements());
        values.put("审核意见", opinions.isEmpty() ? "（待审核）" : opinions);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordTemplates.fill(doc, values);
            doc.write(out);
            org.unionworks.platform.web.Downloads.attachment(response, org.unionworks.platform.web.Downloads.DOCX,
                    n.getName() + "推荐审批表.docx").write(out.toByteArray());
        }
    }

    /** Replace the campaign's nomination form with an uploaded .docx using the same placeholders. */
    @PostMapping("/api/honor-campaigns/{id}/form-template")
    @PreAuthorize("hasAuthority('honor:campaign')")
    SelectionCampaignViews.FormTemplate formTemplate(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        service.campaign(id);
        try (XWPFDocument doc = new XWPFDocument(file.getInputStream())) {
            var unknown = new TreeSet<>(WordTemplates.placeholders(doc));
            unknown.removeAll(NominationForm.PLACEHOLDERS);
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("file", "模板中有无法识别的占位符：{{" + String.join("}}、{{", unknown) + "}}");
            }
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new InvalidInputException("file", "请上传 .docx 格式的 Word 文档");
        }
        SelectionCampaign c = service.useForm(id, files.store(file).id());
        return new SelectionCampaignViews.FormTemplate(c.getId(), c.getFormFileId());
    }

    @GetMapping("/api/honor-campaigns/{id}/results/export")
    @PreAuthorize("hasAuthority('honor:export')")
    void results(@PathVariable long id, HttpServletResponse response) throws IOException {
        var rows = service.nominationsOf(id).stream()
                .sorted(java.util.Comparator.comparing(Nomination::getStage).reversed().thenComparing(Nomination::getId)).toList();
        exports.write(SpreadsheetExports.download(response, "评选结果.xlsx"), "Nomination", "评选结果",
                List.of("候选人", "工作单位", "推荐称号", "推荐单位", "环节", "状态"), rows.iterator(),
                n -> Arrays.asList(n.getName(), n.getEmployerName(), titleName(n.getTitleId()), unionName(n.getUnionId()),
                        n.getStage().label(), n.getStatus().name()),
                SpreadsheetExports.filters("campaign", id));
    }

    private NominationView view(Nomination n) {
        var evidence = files.describe(n.getFileIds()).stream().map(f -> new SelectionCampaignViews.FileRef(f.id(), f.filename())).toList();
        var raised = objections.findByNominationIdOrderById(n.getId()).stream()
                .map(o -> new SelectionCampaignViews.ObjectionLine(o.getId(), o.getContent(), o.getResolution())).toList();
        return new NominationView(n.getId(), n.getCampaignId(), n.getUnionId(), unionName(n.getUnionId()), n.getTitleId(),
                titleName(n.getTitleId()), n.getName(), n.getIdNumber() == null ? null : IdNumbers.mask(n.getIdNumber()),
                n.getEmployerName(), n.getStage().name(), n.getStage().label(), n.getStatus().name(), n.getNoticeFrom(),
                n.getNoticeTo(), evidence, raised);
    }

    private String titleName(long titleId) {
        return titles.findById(titleId).map(HonorTitle::getName).orElse(null);
    }

    private String unionName(long unionId) {
        return orgTree.nameOf(unionId).orElse(null);
    }
}
