package org.unionworks.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A response the browser saves as a file: its content type and its Chinese file name, in the one form every browser reads. */
public final class Downloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /** Sets the download's content type and file name (RFC 5987, UTF-8); returns the body to write the file to. */
    public static OutputStream attachment(HttpServletResponse response, String contentType, String filename) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        return response.getOutputStream();
    }
}
