package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.People;

/** No personal number reaches the application log, whoever logs it and wherever in the line. */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyApiTest extends ApiTestBase {

    @Test
    void longDigitRunsAreMaskedInMessagesAndStackTraces(CapturedOutput output) {
        String id = People.idNumber();
        var log = LoggerFactory.getLogger("org.unionworks.logprivacy");
        log.warn("duplicate key ({}) and phone 13912345678", id);
        log.error("failed", new IllegalStateException("Unique index violation VALUES ( /* 1 */ '" + id + "' )"));
        assertThat(output.getAll()).doesNotContain(id).doesNotContain("13912345678")
                .contains(id.substring(0, 3) + "****" + id.substring(14)).contains("139****5678");
        assertThat(LoggerFactory.getLogger("org.hibernate.orm.jdbc.error").isWarnEnabled())
                .as("Hibernate's SQL error logger, which prints the violating values, is silenced").isFalse();
    }
}
