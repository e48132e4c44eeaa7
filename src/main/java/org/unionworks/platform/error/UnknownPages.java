package org.unionworks.platform.error;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page typed or bookmarked wrong gets the application, whose catch-all route says 页面不存在 (with the status 404),
 * rather than an error text; API calls and other requests get the problem as before.
 */
final class UnknownPages {

    private static final Logger log = LoggerFactory.getLogger(UnknownPages.class);
    private static final ClassPathResource APPLICATION = org.unionworks.platform.web.ApplicationPage.RESOURCE;

    private UnknownPages() {
    }

    /** The application with status 404 when a browser asked for a page, else null. */
    static ResponseEntity<Object> application(HttpServletRequest request) {
        if (!isPage(request) || !APPLICATION.exists()) {
            return null;
        }
        try (InputStream in = APPLICATION.getInputStream()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(in.readAllBytes());
        } catch (IOException e) {
            log.warn("the application's index.html could not be read: {}", e.getMessage());
            return null;
        }
    }

    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
