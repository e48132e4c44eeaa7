package org.unionworks.platform.files;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.error.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/** Upload an attachment; download one within the data scope. */
@RestController
class FileController {

    private final FileStore store;

    FileController(FileStore store) {
        this.store = store;
    }

    @PostMapping("/api/files")
    @PreAuthorize("hasAuthority('file:write')")
    @ResponseStatus(HttpStatus.CREATED)
    FileStore.StoredFile upload(@RequestPart("file") MultipartFile file) {
        return store.store(file);
    }

    @GetMapping("/api/files/{id}")
    @PreAuthorize("hasAuthority('file:read')")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        var file = store.find(id).orElseThrow(() -> new NotFoundException("附件"));
        var body = org.unionworks.platform.web.Downloads.attachment(response, file.contentType(), file.filename());
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(store.content(id), body);
    }
}
