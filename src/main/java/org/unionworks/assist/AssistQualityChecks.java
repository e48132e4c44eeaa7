package org.unionworks.assist;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.quality.QualityCheck;
import org.unionworks.platform.quality.SqlQualityCheck;

/** Files back-filled from a ledger that did not give the household's size or income. */
@Configuration(proxyBeanMethods = false)
class AssistQualityChecks {

    @Bean
    QualityCheck householdUnknown(JdbcClient jdbc, SqlScopes scopes) {
        return new SqlQualityCheck(jdbc, scopes, "HARDSHIP_HOUSEHOLD_UNKNOWN", "困难职工档案家庭人口或收入未知", "assist:read",
                "补录的历史档案台账没有家庭人口或收入；复核时补齐，人均收入和建档标准的判断随之生效",
                "f.union_id", """
                select f.id as id, f.union_id as union_id, f.worker_name as name,
                       case when f.household_size is null and f.monthly_income is null then '家庭人口和月收入未知'
                            when f.household_size is null then '家庭人口未知' else '家庭月收入未知' end as problem,
                       '/hardship-files?q=' || f.worker_name as link
                  from hardship_file f
                 where %s and f.status in ('OPEN', 'CLOSED') and (f.household_size is null or f.monthly_income is null)""", "f.id");
    }
}
