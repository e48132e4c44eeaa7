package org.unionworks.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unionworks.platform.audit.AuditService;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Watches every request of every API and browser test: a write (POST, PUT, PATCH, DELETE) that
 * succeeded and left no audit row is noted, and {@link ApiTestBase} fails the test that made it.
 * So "every create, change and delete is audited" is checked on every write the suites make,
 * whatever writes it (entity, SQL, a handler outside the controllers).
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditWitness {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Queue<String> UNAUDITED = new ConcurrentLinkedQueue<>();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> auditWitnessFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                int status = response.getStatus();
                if (WRITES.contains(request.getMethod()) && status >= 200 && status < 300
                        && request.getAttribute(AuditService.AUDITED) == null) {
                    UNAUDITED.add(request.getMethod() + " " + request.getRequestURI() + " -> " + status);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The unaudited writes since the last call. */
    public static List<String> drain() {
        List<String> found = new ArrayList<>();
        for (String s; (s = UNAUDITED.poll()) != null; ) {
            found.add(s);
        }
        return found;
    }
}
