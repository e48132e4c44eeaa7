package org.unionworks.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A filter that reads the database for every request (the session's account check) met the failover
 * drill's switch with a bare 500; the request must be answered as the controllers' are: 503 problem+json
 * with Retry-After.
 */
class DatabaseUnavailableFilterTest {

    private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

    @Test
    void aFilterThatCannotReachTheDatabaseIsAnswered503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/members"), response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("数据库暂时无法连接").contains("\"status\":503");
    }

    @Test
    void otherErrorsPassThrough() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/members"),
                new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class);
    }
}
