package org.unionworks.honor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.quality.QualityCheck;
import org.unionworks.platform.quality.SqlQualityCheck;

/** Persons registered from winner lists without an ID number, not yet matched to a member or model worker. */
@Configuration(proxyBeanMethods = false)
class HonorQualityChecks {

    @Bean
    QualityCheck honoreesUnidentified(JdbcClient jdbc, SqlScopes scopes) {
        return new SqlQualityCheck(jdbc, scopes, "HONOREE_UNIDENTIFIED", "劳模和先进人物尚未核实身份", "honor:read",
                "按公开名单登记、没有身份证号的个人，在“劳模库—待核实身份”中从姓名相同的会员或劳模库记录中确认是谁",
                "h.union_id", """
                select h.id as id, h.union_id as union_id, h.name as name,
                       '无身份证号，工作单位：' || coalesce(h.employer_name, '') as problem, '/honorees?tab=unidentified' as link
                  from honoree h
                 where %s and h.kind = 'PERSON' and h.id_number is null and h.merged_into is null""", "h.id");
    }
}
