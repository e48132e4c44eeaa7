package org.unionworks.platform.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.error.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/** The caller's own import jobs: progress, confirm, cancel and the error workbook. */
@RestController
class ImportJobsController {

    private final SpreadsheetImports imports;

    ImportJobsController(SpreadsheetImports imports) {
        this.imports = imports;
    }

    @GetMapping("/api/imports/jobs")
    List<ImportJobView> recent() {
        return imports.recent();
    }

    @GetMapping("/api/imports/jobs/{id}")
    ImportJobView job(@PathVariable String id) {
        return imports.job(id);
    }

    @PostMapping("/api/imports/jobs/{id}/commit")
    ImportJobView commit(@PathVariable String id) {
        return imports.commit(id);
    }

    @PostMapping("/api/imports/jobs/{id}/cancel")
    ImportJobView cancel(@PathVariable String id) {
        return imports.cancel(id);
    }

    @GetMapping("/api/imports/errors/{id}")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        var file = imports.errorFile(id).orElseThrow(() -> new NotFoundException("错误报告"));
        try (var out = SpreadsheetExports.download(response, "导入错误报告.xlsx")) {
            Files.copy(file, out);
        }
    }
}
