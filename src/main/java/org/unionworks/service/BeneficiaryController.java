package org.unionworks.service;

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
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.ImportJobView;
import org.unionworks.platform.excel.ImportMode;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.excel.SpreadsheetImports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.service.web.BeneficiaryRequest;
import org.unionworks.service.web.PaymentRequest;
import org.unionworks.service.web.ApplicationReviewRequest;
import org.unionworks.service.web.ServiceViews;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** A programme's beneficiaries: list, record, correct, remove, review, pay, import and export (the 发放名单 and the 公示名单). */
@RestController
class BeneficiaryController {

    static final List<String> EXPORT_HEADERS = List.of("类型", "姓名或单位名称", "身份证号", "对象类别", "工作单位", "说明", "覆盖职工人数",
            "现金（元）", "物资折款（元）", "物资内容", "状态", "申请日期", "审核日期", "审核意见", "发放日期", "在档困难职工");

    private final ProgrammeService service;
    private final BeneficiaryRepository beneficiaries;
    private final BeneficiaryImports imports;
    private final SpreadsheetImports engine;
    private final SpreadsheetExports exports;
    private final Dictionaries dictionaries;

    BeneficiaryController(ProgrammeService service, BeneficiaryRepository beneficiaries, BeneficiaryImports imports, SpreadsheetImports engine,
                          SpreadsheetExports exports, Dictionaries dictionaries) {
        this.service = service;
        this.beneficiaries = beneficiaries;
        this.imports = imports;
        this.engine = engine;
        this.exports = exports;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/api/programmes/{id}/beneficiaries")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    PageResponse<ServiceViews.Beneficiary> list(@PathVariable long id, @RequestParam(required = false) String status,
                                                @RequestParam(required = false) String recipient, @RequestParam(required = false) String q,
                                                @PageableDefault(sort = "id") Pageable pageable) {
        service.get(id);
        return PageResponse.of(beneficiaries.findAll(filter(id, status, recipient, q), pageable).map(BeneficiaryController::view));
    }

    @PostMapping("/api/programmes/{id}/beneficiaries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Beneficiary add(@PathVariable long id, @Valid @RequestBody BeneficiaryRequest r) {
        return view(service.saveBeneficiary(id, null, r));
    }

    @PutMapping("/api/programmes/{id}/beneficiaries/{beneficiaryId}")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Beneficiary update(@PathVariable long id, @PathVariable long beneficiaryId, @Valid @RequestBody BeneficiaryRequest r) {
        return view(service.saveBeneficiary(id, beneficiaryId, r));
    }

    @DeleteMapping("/api/programmes/{id}/beneficiaries/{beneficiaryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('service:write')")
    void delete(@PathVariable long id, @PathVariable long beneficiaryId) {
        service.deleteBeneficiary(id, beneficiaryId);
    }

    @PostMapping("/api/programmes/{id}/beneficiaries/{beneficiaryId}/review")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Beneficiary review(@PathVariable long id, @PathVariable long beneficiaryId, @Valid @RequestBody ApplicationReviewRequest r) {
        return view(service.review(id, beneficiaryId, r.approved(), r.reviewedOn(), Texts.blankToNull(r.note())));
    }

    @PostMapping("/api/programmes/{id}/beneficiaries/{beneficiaryId}/pay")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Beneficiary pay(@PathVariable long id, @PathVariable long beneficiaryId, @Valid @RequestBody PaymentRequest r) {
        return view(service.pay(id, beneficiaryId, r.givenOn(), r.cash()));
    }

    /** 批量发放 to every approved applicant once the 公示 has ended. */
    @PostMapping("/api/programmes/{id}/pay-approved")
    @PreAuthorize("hasAuthority('service:write')")
    ServiceViews.Paid payApproved(@PathVariable long id, @Valid @RequestBody PaymentRequest r) {
        return new ServiceViews.Paid(service.payApproved(id, r.givenOn()));
    }

    @GetMapping("/api/programmes/beneficiaries/import/template")
    @PreAuthorize("hasAuthority('service:write')")
    void template(HttpServletResponse response) throws IOException {
        engine.template(imports.of(0), SpreadsheetExports.download(response, "受益对象导入模板.xlsx"));
    }

    @PostMapping("/api/programmes/{id}/beneficiaries/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('service:write')")
    ImportJobView importBeneficiaries(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                      @RequestParam(defaultValue = "false") boolean autoCommit) {
        service.get(id);
        return engine.start(imports.of(id), file, mode, autoCommit);
    }

    /** 发放名单 (or, with {@code status=APPROVED}, the 公示名单): ID numbers masked. */
    @GetMapping("/api/programmes/{id}/beneficiaries/export")
    @PreAuthorize("hasAuthority('service:read')")
    @Transactional(readOnly = true)
    void export(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Programme p = service.get(id);
        Specification<Beneficiary> spec = filter(id, status, recipient, q);
        var rows = new PagedIterator<>(page -> beneficiaries.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, p.getName() + "名单.xlsx"), "Beneficiary", "名单", EXPORT_HEADERS, rows,
                b -> Arrays.asList(b.getRecipient() == Beneficiary.Recipient.PERSON ? "个人" : "单位", b.getName(), IdNumbers.mask(b.getIdNumber()),
                        b.getCategory() == null ? null : dictionaries.label("recipient_category", b.getCategory()).orElse(b.getCategory()),
                        b.getEmployerName(), b.getDetail(), b.getWorkersReached(), b.getCash(), b.getGoods(), b.getGoodsDescription(),
                        statusLabel(b.getStatus()), b.getAppliedOn(), b.getReviewedOn(), b.getReviewNote(), b.getGivenOn(),
                        b.getHardshipFileId() == null ? null : "是"),
                SpreadsheetExports.filters("programmeId", id, "status", status, "recipient", recipient, "q", q));
    }

    static String statusLabel(Beneficiary.Status s) {
        return switch (s) {
            case APPLIED -> "待审核";
            case APPROVED -> "审核通过";
            case REJECTED -> "未通过";
            case GIVEN -> "已发放";
        };
    }

    private static Specification<Beneficiary> filter(long programmeId, String status, String recipient, String q) {
        List<Specification<Beneficiary>> parts = new ArrayList<>();
        parts.add((r, query, cb) -> cb.equal(r.get("programmeId"), programmeId));
        if (Texts.blankToNull(status) != null) {
            Beneficiary.Status s = Arrays.stream(Beneficiary.Status.values()).filter(v -> v.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new org.unionworks.platform.error.InvalidInputException("status", "没有这种状态：" + status));
            parts.add((r, query, cb) -> cb.equal(r.get("status"), s));
        }
        if (Texts.blankToNull(recipient) != null) {
            Beneficiary.Recipient t = "UNIT".equals(recipient.strip()) ? Beneficiary.Recipient.UNIT : Beneficiary.Recipient.PERSON;
            parts.add((r, query, cb) -> cb.equal(r.get("recipient"), t));
        }
        String text = Texts.blankToNull(q);
        if (text != null) {
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), ListFilter.containing(text), ListFilter.ESCAPE),
                    cb.like(r.get("employerName"), ListFilter.containing(text), ListFilter.ESCAPE)));
        }
        return Specification.allOf(parts);
    }

    static ServiceViews.Beneficiary view(Beneficiary b) {
        return new ServiceViews.Beneficiary(b.getId(), b.getRecipient().name(), b.getName(), IdNumbers.mask(b.getIdNumber()), b.getCategory(),
                b.getEmployerName(), b.getDetail(), b.getHardshipFileId(), b.getEmployerId(), b.getUnitUnionId(), b.getWorkersReached(),
                b.getCash(), b.getGoods(), b.getGoodsDescription(), b.getStatus().name(), b.getAppliedOn(), b.getReviewedOn(), b.getReviewNote(),
                b.getGivenOn(), b.getVersion());
    }
}
