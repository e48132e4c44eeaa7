package org.unionworks.member;

import org.unionworks.platform.web.BulkActions;
import org.unionworks.platform.web.BulkRequest;
import org.unionworks.platform.web.BulkResult;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.unionworks.member.web.ApproveRequest;
import org.unionworks.member.web.JoinApplicationView;
import org.unionworks.member.web.JoinRequest;
import org.unionworks.member.web.NoteRequest;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.validation.Choices;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.web.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/** The public application form and the unions' list of applications to decide. */
@RestController
class JoinController {

    private final JoinService service;
    private final JoinApplicationRepository applications;
    private final OrgTree orgTree;
    private final RateLimiter limiter;

    private final BulkActions bulk;

    JoinController(JoinService service, JoinApplicationRepository applications, OrgTree orgTree, RateLimiter limiter, BulkActions bulk) {
        this.bulk = bulk;
        this.service = service;
        this.applications = applications;
        this.orgTree = orgTree;
        this.limiter = limiter;
    }

    /** Anyone, no sign-in; at most 5 applications per address in 10 minutes (configurable). */
    @PostMapping("/api/public/join")
    @ResponseStatus(HttpStatus.CREATED)
    Submitted apply(@Valid @RequestBody JoinRequest body, HttpServletRequest request) {
        limiter.checkSubmission("join", request);
        JoinApplication a = service.submit(body);
        String union = orgTree.nameOf(a.getUnionId()).orElse("");
        return new Submitted(a.getId(), union, "入会申请已提交，“" + union + "”将尽快审核，并通过您留的手机号与您联系");
    }

    /** What the public page needs to know before the applicant starts: whether a code is sent to the phone. */
    record JoinOptions(boolean phoneVerification) {
    }

    @GetMapping("/api/public/join/options")
    JoinOptions options() {
        return new JoinOptions(service.verifiesPhones());
    }

    /** What the applicant is told: no personal data, only where the application went. */
    record Submitted(long id, String unionName, String message) {
    }

    record CodeRequest(@jakarta.validation.constraints.NotBlank(message = "请填写手机号") String phone) {
    }

    record CodeSent(String message) {
    }

    /** A one-time code to the applicant's phone; at most 5 per address in 10 minutes and one a minute per phone. */
    @PostMapping("/api/public/join/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CodeSent sendCode(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        limiter.checkSubmission("join-code", request);
        service.sendCode(body.phone());
        return new CodeSent("验证码已发送，10分钟内有效");
    }

    @GetMapping("/api/join-applications")
    @PreAuthorize("hasAuthority('member:read')")
    @Transactional(readOnly = true)
    PageResponse<JoinApplicationView> list(@RequestParam(defaultValue = "PENDING") String status,
                                           @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(applications.findByStatus(applicationStatus(status), pageable).map(this::view));
    }

    @PostMapping("/api/join-applications/{id}/approve")
    @PreAuthorize("hasAuthority('member:write')")
    JoinApplicationView approve(@PathVariable long id, @RequestBody ApproveRequest body) {
        return view(service.approve(id, body.unionId(), body.joinedOn()));
    }

    /** 批量通过: each applicant joins the union they chose, from today; the refusals listed. */
    @PostMapping("/api/join-applications/bulk-approve")
    @PreAuthorize("hasAuthority('member:write')")
    BulkResult bulkApprove(@Valid @RequestBody BulkRequest body) {
        return bulk.each(body.ids(), id -> service.approve(id, null, null));
    }

    @PostMapping("/api/join-applications/{id}/reject")
    @PreAuthorize("hasAuthority('member:write')")
    JoinApplicationView reject(@PathVariable long id, @Valid @RequestBody NoteRequest body) {
        return view(service.reject(id, Texts.clean(body.note())));
    }

    private JoinApplicationView view(JoinApplication a) {
        return new JoinApplicationView(a.getId(), a.getUnionId(), orgTree.nameOf(a.getUnionId()).orElse(null), a.getName(),
                IdNumbers.mask(a.getIdNumber()), Mobiles.mask(a.getPhone()), a.getEmployerName(), a.isNoUnionAtEmployer(),
                a.getStatus().name(), a.getDecisionNote(), a.getSubmittedAt(), a.getDecidedAt(), a.getDecidedBy(), a.getMemberId(),
                service.duplicate(a), a.isPhoneVerified());
    }

    private static ApplicationStatus applicationStatus(String status) {
        return Choices.of(ApplicationStatus.class, status, "status", "申请状态只能是 PENDING（待审核）、APPROVED（已通过）或 REJECTED（未通过）");
    }
}
