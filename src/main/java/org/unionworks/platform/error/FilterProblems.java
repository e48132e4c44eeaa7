package org.unionworks.platform.error;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The problem+json answer of a servlet filter, which runs before any controller advice can answer
 * ({@link ProblemHandler} writes the same shape for everything a controller throws). Titles and
 * details are the application's own constant texts, never the client's.
 */
public final class FilterProblems {

    private FilterProblems() {
    }

    public static void write(HttpServletResponse res, HttpStatus status, String type, String title, String detail)
            throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"urn:unionworks:problem:%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(type, title, status.value(), detail));
    }
}
