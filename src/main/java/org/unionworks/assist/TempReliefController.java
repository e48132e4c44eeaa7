package org.unionworks.assist;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.assist.web.AssistViews;
import org.unionworks.assist.web.FileRequest;
import org.unionworks.assist.web.FileView;
import org.unionworks.assist.web.ReliefRequest;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.web.PageResponse;

import jakarta.validation.Valid;

/** 临时救助 for people without a file, and converting one into a file. */
@RestController
class TempReliefController {

    private final AidService service;
    private final TempReliefRepository reliefs;
    private final FileViews files;
    private final OrgTree orgTree;

    TempReliefController(AidService service, TempReliefRepository reliefs, FileViews files, OrgTree orgTree) {
        this.service = service;
        this.reliefs = reliefs;
        this.files = files;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/temp-reliefs")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    PageResponse<AssistViews.Relief> list(@PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(reliefs.findAll(pageable).map(this::view));
    }

    @PostMapping("/api/temp-reliefs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:write')")
    AssistViews.Relief create(@Valid @RequestBody ReliefRequest body) {
        return view(service.relieve(body));
    }

    @PostMapping("/api/temp-reliefs/{id}/convert")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:write')")
    FileView convert(@PathVariable long id, @Valid @RequestBody FileRequest body) {
        return files.of(service.convert(id, HardshipFileController.fields(body)));
    }

    private AssistViews.Relief view(TempRelief r) {
        return new AssistViews.Relief(r.getId(), r.getUnionId(), orgTree.nameOf(r.getUnionId()).orElse(null), r.getName(),
                IdNumbers.mask(r.getIdNumber()), r.getReason(), r.getReliefOn(), r.getAmount(), r.getFundSource(), r.getConvertedFileId());
    }
}
