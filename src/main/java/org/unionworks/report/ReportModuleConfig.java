package org.unionworks.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.data.Handover;

@Configuration(proxyBeanMethods = false)
class ReportModuleConfig {

    /** A closed union's report templates pass to its successor. */
    @Bean
    Handover.OwnedBy reportRowsOwnedByUnions() {
        return new Handover.OwnedBy("report_template.union_id");
    }
}
