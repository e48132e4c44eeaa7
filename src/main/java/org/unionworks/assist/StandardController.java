package org.unionworks.assist;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.assist.web.AssistViews;
import org.unionworks.assist.web.StandardRequest;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.validation.Valid;

/** 低保标准 by division and date: reference data for the whole deployment, kept by the city federation. */
@RestController
class StandardController {

    private final LivingStandardRepository standards;
    private final Dictionaries dictionaries;

    StandardController(LivingStandardRepository standards, Dictionaries dictionaries) {
        this.standards = standards;
        this.dictionaries = dictionaries;
    }

    @GetMapping("/api/living-standards")
    @PreAuthorize("hasAuthority('assist:read')")
    @Transactional(readOnly = true)
    List<AssistViews.LivingStandard> list() {
        return standards.findAllByOrderByDivisionCodeAscEffectiveFromDesc().stream().map(this::view).toList();
    }

    @PostMapping("/api/living-standards")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('assist:standard')")
    AssistViews.LivingStandard create(@Valid @RequestBody StandardRequest body) {
        if (!dictionaries.contains("division", body.divisionCode())) {
            throw new InvalidInputException("divisionCode", "行政区划代码“" + body.divisionCode() + "”不在 GB/T 2260 代码表中");
        }
        LivingStandard s = standards.saveAndFlush(new LivingStandard(body.divisionCode(), body.monthlyAmount(), body.effectiveFrom()));
        return view(s);
    }

    private AssistViews.LivingStandard view(LivingStandard s) {
        return new AssistViews.LivingStandard(s.getId(), s.getDivisionCode(), dictionaries.label("division", s.getDivisionCode()).orElse(""),
                s.getMonthlyAmount(), s.getEffectiveFrom());
    }
}
