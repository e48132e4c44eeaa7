package org.unionworks.honor;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.excel.ImportJobView;
import org.unionworks.platform.excel.ImportMode;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.excel.SpreadsheetImports;

import jakarta.servlet.http.HttpServletResponse;

/** Import of the honoree register through the shared import engine. */
@RestController
class HonoreeImportController {

    private final SpreadsheetImports imports;
    private final HonoreeImportDefinition definition;

    HonoreeImportController(SpreadsheetImports imports, HonoreeImportDefinition definition) {
        this.imports = imports;
        this.definition = definition;
    }

    @GetMapping("/api/honorees/import/template")
    @PreAuthorize("hasAuthority('honor:write')")
    void template(HttpServletResponse response) throws IOException {
        imports.template(definition, SpreadsheetExports.download(response, "劳模库导入模板.xlsx"));
    }

    @PostMapping("/api/honorees/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAuthority('honor:write')")
    ImportJobView importHonorees(@RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                 @RequestParam(defaultValue = "false") boolean autoCommit) {
        return imports.start(definition, file, mode, autoCommit);
    }
}
