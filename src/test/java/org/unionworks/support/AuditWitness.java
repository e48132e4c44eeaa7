package org.unionworks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.unionworks.platform.audit.AuditService;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Watches every request of every API and browser test: a write (POST, PUT, PATCH, DELETE) that
 * succeeded and left no audit row, or only rows that do not say which record, is noted, and
 * {@link ApiTestBase} fails the test that made it. Each write endpoint seen audited is appended to
 * {@link #COVERED}, which the audit sweep ({@code AuditSweepCheck}, run by {@code mvn verify} after the
 * suites) compares with the OpenAPI document: every write endpoint must have been called and audited.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditWitness {

    /** The write endpoints ("POST /api/unions/{id}/close") the suites saw succeed with an audit row. */
    public static final Path COVERED = covered(System.getProperty("uw.test.database", "h2"));

    /** One file per database the suite runs on, begun afresh by each run. */
    public static Path covered(String database) {
        return Path.of("target/audit-sweep/covered-" + database + ".txt");
    }

    /** Whether this test JVM has begun its file afresh (once, when the first test context starts). */
    private static final java.util.concurrent.atomic.AtomicBoolean BEGUN = new java.util.concurrent.atomic.AtomicBoolean();

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Queue<String> UNAUDITED = new ConcurrentLinkedQueue<>();
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> auditWitnessFilter() throws IOException {
        if (BEGUN.compareAndSet(false, true)) {
            Files.deleteIfExists(COVERED);
        }
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                int status = response.getStatus();
                if (WRITES.contains(request.getMethod()) && status >= 200 && status < 300) {
                    witness(request, status);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @SuppressWarnings("unchecked")
    private static void witness(HttpServletRequest request, int status) {
        String call = request.getMethod() + " " + request.getRequestURI() + " -> " + status;
        var traces = (List<AuditService.Trace>) request.getAttribute(AuditService.AUDITED);
        if (traces == null) {
            UNAUDITED.add(call);
        } else if (traces.stream().noneMatch(AuditService.Trace::complete)) {
            UNAUDITED.add(call + " (audited without the record: " + traces + ")");
        } else if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
            cover(request.getMethod() + " " + pattern);
        }
    }

    private static void cover(String endpoint) {
        if (SEEN.add(endpoint)) {
            synchronized (SEEN) {
                try {
                    Files.createDirectories(COVERED.getParent());
                    Files.writeString(COVERED, endpoint + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
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
