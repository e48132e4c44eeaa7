package org.unionworks.honor;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.honor.web.HonorViews;
import org.unionworks.honor.web.TitleRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.Texts;

import jakarta.validation.Valid;

/**
 * 荣誉称号目录: the deployment-wide catalogue, kept with {@code honor:catalogue}, and the titles a union
 * confers itself (县五一劳动奖章, 市技术能手), added by that union for its own subtree with {@code honor:write}.
 */
@RestController
class TitleCatalogueController {

    private final HonorTitleRepository titles;
    private final HonorTitles catalogue;
    private final Scopes scopes;
    private final OrgTree orgTree;

    TitleCatalogueController(HonorTitleRepository titles, HonorTitles catalogue, Scopes scopes, OrgTree orgTree) {
        this.titles = titles;
        this.catalogue = catalogue;
        this.scopes = scopes;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/honor-titles")
    @PreAuthorize("hasAuthority('honor:read')")
    @Transactional(readOnly = true)
    List<HonorViews.Title> titles() {
        return catalogue.seenFrom(CurrentUsers.require().unionId()).stream().map(this::view).toList();
    }

    @PostMapping("/api/honor-titles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('honor:catalogue') or hasAuthority('honor:write')")
    @Transactional
    HonorViews.TitleCreated createTitle(@Valid @RequestBody TitleRequest body) {
        Long conferrer = body.conferringUnionId();
        if (conferrer == null) {
            if (!holds("honor:catalogue")) {
                throw new ForbiddenException("维护全市荣誉称号目录需要“维护荣誉称号目录”权限；本工会自设的称号请选择授予工会");
            }
        } else {
            scopes.requireOpen(conferrer);
            boolean root = conferrer == orgTree.rootId();
            if (!body.level().equals("DISTRICT") && !(root && body.level().equals("CITY"))) {
                throw new InvalidInputException("level", root ? "本级自设称号的级别为市级或区县级" : "下级工会自设称号的级别为区县级");
            }
        }
        String name = Texts.clean(body.name());
        boolean taken = titles.findAllByOrderByLevelAscIdAsc().stream().anyMatch(t -> t.getName().equals(name)
                && t.getLevel().equals(body.level()) && java.util.Objects.equals(t.getConferredBy(), conferrer));
        if (taken) {
            throw new ConflictException("目录中已有同名同级的称号“" + name + "”");
        }
        HonorTitle t = titles.saveAndFlush(new HonorTitle(name, body.level(), body.kind(), Texts.clean(body.awardingBody()), conferrer));
        return new HonorViews.TitleCreated(t.getId(), t.getName());
    }

    private HonorViews.Title view(HonorTitle t) {
        return new HonorViews.Title(t.getId(), t.getName(), t.getLevel(), t.getKind(), t.getAwardingBody(), t.getConferredBy(),
                catalogue.conferrerName(t));
    }

    private static boolean holds(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
