package org.unionworks.platform.error;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet container's error path: what was refused before any controller ran (a TRACE, a path the security firewall
 * rejects) arrives here with its status alone, and is answered as a problem in Chinese instead of Spring Boot's English
 * default. Errors raised in controllers never come here ({@link ProblemHandler} writes them).
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // the container's path, not part of the API
class ErrorPathProblems implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus resolved = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        HttpStatus status = resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemHandler.problem(status, status.is5xxServerError() ? "internal" : "refused",
                StatusTexts.title(status.value()), StatusTexts.detail(status.value()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
