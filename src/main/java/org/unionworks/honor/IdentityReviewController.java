package org.unionworks.honor;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.honor.web.HonorViews;
import org.unionworks.honor.web.IdentifyRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.web.PageResponse;

import jakarta.validation.Valid;

/** 待核实身份: persons registered from winner lists without ID numbers, their probable matches, and the cadre's confirmation. */
@RestController
class IdentityReviewController {

    private final IdentityReview review;
    private final HonoreeRepository honorees;
    private final HonorAwardRepository awards;
    private final HonorTitleRepository titles;
    private final Subtrees subtrees;
    private final OrgTree orgTree;

    IdentityReviewController(IdentityReview review, HonoreeRepository honorees, HonorAwardRepository awards,
                             HonorTitleRepository titles, Subtrees subtrees, OrgTree orgTree) {
        this.review = review;
        this.honorees = honorees;
        this.awards = awards;
        this.titles = titles;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/honorees/unidentified")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    PageResponse<HonorViews.Unidentified> list(@RequestParam(required = false) Long under,
                                              @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        Specification<Honoree> unidentified = (r, q, cb) -> cb.and(cb.equal(r.get("kind"), "PERSON"), cb.isNull(r.get("idNumber")),
                cb.isNull(r.get("mergedInto")));
        var spec = subtrees.<Honoree>under(under == null ? CurrentUsers.require().unionId() : under).and(unidentified);
        var found = honorees.findAll(spec, PageRequest.of(PageResponse.page(page) - 1, PageResponse.size(size), Sort.by("id")));
        return PageResponse.of(found.map(this::view));
    }

    @PostMapping("/api/honorees/{id}/identify")
    @PreAuthorize("hasAuthority('honor:write')")
    HonorViews.Identified identify(@PathVariable long id, @Valid @RequestBody IdentifyRequest body) {
        Honoree h = body.kind().equals("MEMBER") ? review.asMember(id, body.version(), body.candidateId())
                : review.intoHonoree(id, body.version(), body.candidateId());
        return new HonorViews.Identified(h.getId(), IdNumbers.mask(h.getIdNumber()), h.getMergedInto());
    }

    private HonorViews.Unidentified view(Honoree h) {
        List<String> honors = awards.findByHonoreeIdOrderByAwardYearDesc(h.getId()).stream()
                .map(a -> a.getAwardYear() + "年" + titles.findById(a.getTitleId()).map(HonorTitle::getName).orElse("")).toList();
        List<HonorViews.IdentityCandidate> candidates = review.candidates(h).stream()
                .map(c -> new HonorViews.IdentityCandidate(c.kind(), c.id(), c.name(), c.employerName(), unionName(c.unionId()),
                        IdNumbers.mask(c.idNumber()), c.sameEmployer())).toList();
        return new HonorViews.Unidentified(h.getId(), h.getName(), h.getEmployerName(), h.getPost(), h.getUnionId(),
                unionName(h.getUnionId()), honors, candidates, h.getVersion());
    }

    private String unionName(long unionId) {
        return orgTree.nameOf(unionId).orElse(null);
    }
}
