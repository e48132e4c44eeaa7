package org.unionworks.platform.excel;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.error.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/** Downloads an error workbook: only for the user whose import produced it. */
@RestController
class ImportFilesController {

    private final ErrorWorkbooks errorWorkbooks;

    ImportFilesController(ErrorWorkbooks errorWorkbooks) {
        this.errorWorkbooks = errorWorkbooks;
    }

    @GetMapping("/api/imports/errors/{token}")
    void download(@PathVariable String token, HttpServletResponse response) throws IOException {
        var file = errorWorkbooks.find(token, CurrentUsers.require().id())
                .orElseThrow(() -> new NotFoundException("错误报告"));
        try (var out = SpreadsheetExports.download(response, "导入错误报告.xlsx")) {
            Files.copy(file, out);
        }
    }
}
