package org.unionworks.platform.quality;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.web.PageResponse;

/** 数据质量: each check the user may see with its count in a subtree, and one check's records page by page. */
@RestController
class QualityController {

    record CheckSummary(String code, String label, String advice, long count) {
    }

    private final List<QualityCheck> checks;

    private final OrgTree orgTree;

    QualityController(List<QualityCheck> checks, OrgTree orgTree) {
        this.checks = checks;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/data-quality")
    @Transactional(readOnly = true)
    List<CheckSummary> summary(@RequestParam(required = false) Long under) {
        long union = under == null ? CurrentUsers.require().unionId() : under;
        return visible().stream().map(c -> new CheckSummary(c.code(), c.label(), c.advice(), c.count(union)))
                .sorted(java.util.Comparator.comparing((CheckSummary c) -> c.count() == 0).thenComparing(CheckSummary::code)).toList();
    }

    @GetMapping("/api/data-quality/{code}")
    @Transactional(readOnly = true)
    PageResponse<QualityCheck.Finding> findings(@PathVariable String code, @RequestParam(required = false) Long under,
                                                @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        QualityCheck check = visible().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("数据质量检查项"));
        long union = under == null ? CurrentUsers.require().unionId() : under;
        int p = PageResponse.page(page);
        int s = PageResponse.size(size);
        List<QualityCheck.Finding> found = check.page(union, s, (long) (p - 1) * s).stream()
                .map(f -> new QualityCheck.Finding(f.id(), f.unionId(), f.unionId() == null ? null : orgTree.nameOf(f.unionId()).orElse(null),
                        f.name(), f.problem(), f.link())).toList();
        return new PageResponse<>(found, check.count(union), p, s);
    }

    private List<QualityCheck> visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        List<String> mine = auth == null ? List.of() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        List<QualityCheck> visible = checks.stream().filter(c -> mine.contains(c.permission())).toList();
        if (visible.isEmpty()) {
            throw new ForbiddenException("您没有可查看的数据质量检查项");
        }
        return visible;
    }
}
