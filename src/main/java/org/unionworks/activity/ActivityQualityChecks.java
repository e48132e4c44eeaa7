package org.unionworks.activity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.quality.QualityCheck;
import org.unionworks.platform.quality.SqlQualityCheck;

/** Activities whose number of participants the source did not give. */
@Configuration(proxyBeanMethods = false)
class ActivityQualityChecks {

    @Bean
    QualityCheck participantsUnknown(JdbcClient jdbc, SqlScopes scopes) {
        return new SqlQualityCheck(jdbc, scopes, "ACTIVITY_PARTICIPANTS_UNKNOWN", "活动参加人数未知", "activity:read",
                "参加人数未知的活动不计入参加人次；查到人数后在“干部工作”中修改",
                "a.union_id", """
                select a.id as id, a.union_id as union_id, a.topic as name,
                       cast(a.held_on as varchar(10)) || ' 举办，参加人数未知' as problem, '/activities' as link
                  from activity a
                 where %s and a.participants is null""", "a.id");
    }
}
