package org.unionworks.platform.excel;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.error.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One import surface for every module: each list's template and upload, {@code GET <list>/import/template}
 * and {@code POST <list>/import}, where {@code <list>} is an {@link ImportDefinition#path()} such as
 * {@code /api/members} or {@code /api/rights/cases}; guarded by the definition's permission. The jobs,
 * their confirmation and the error workbooks are {@link ImportJobsController}'s. A census's returns have
 * their own, more specific route (one definition per campaign).
 */
@RestController
class ImportsController {

    private final Map<String, ImportDefinition<?>> byPath;
    private final SpreadsheetImports imports;

    ImportsController(List<ImportDefinition<?>> definitions, SpreadsheetImports imports) {
        this.byPath = definitions.stream().filter(d -> d.path() != null)
                .collect(Collectors.toMap(ImportDefinition::path, Function.identity()));
        this.imports = imports;
    }

    @GetMapping({"/api/{list}/import/template", "/api/{area}/{list}/import/template"})
    void template(@PathVariable(required = false) String area, @PathVariable String list, HttpServletResponse response)
            throws IOException {
        ImportDefinition<?> definition = definition(area, list);
        imports.template(definition, SpreadsheetExports.download(response, definition.templateName()));
    }

    @PostMapping({"/api/{list}/import", "/api/{area}/{list}/import"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView upload(@PathVariable(required = false) String area, @PathVariable String list,
                         @RequestPart("file") MultipartFile file,
                         @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                         @RequestParam(defaultValue = "false") boolean autoCommit) {
        return imports.start(definition(area, list), file, mode, autoCommit);
    }

    /** The definition of the list, if the caller holds its permission. */
    private ImportDefinition<?> definition(String area, String list) {
        ImportDefinition<?> d = byPath.get("/api/" + (area == null ? "" : area + "/") + list);
        if (d == null) {
            throw new NotFoundException("导入类型");
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(d.permission()::equals)) {
            throw new AccessDeniedException("需要权限 " + d.permission());
        }
        return d;
    }
}
