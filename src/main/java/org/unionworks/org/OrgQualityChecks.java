package org.unionworks.org;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.quality.QualityCheck;
import org.unionworks.platform.quality.SqlQualityCheck;

/** The tree's uncertain dates: unions founded on a date not known to the day, employers registered so. */
@Configuration(proxyBeanMethods = false)
class OrgQualityChecks {

    @Bean
    QualityCheck roughlyFoundedUnions(JdbcClient jdbc, SqlScopes scopes) {
        return new SqlQualityCheck(jdbc, scopes, "UNION_FOUNDED_ROUGH", "基层工会成立日期不详或不精确", "org:read",
                "未填成立日期的按录入系统的日期计入基层工会数；查到准确日期后在“工会组织”中修改成立日期",
                "u.id", """
                select u.id as id, u.parent_id as union_id, u.name as name,
                       case when u.founded_on is null then '未填成立日期，按录入日期' || cast(cast(u.created_at as date) as varchar(10)) || '计'
                            when u.founded_on_precision = 'YEAR' then '仅知年份，按' || cast(u.founded_on as varchar(10)) || '计'
                            when u.founded_on_precision = 'MONTH' then '仅知年月，按' || cast(u.founded_on as varchar(10)) || '计'
                            else '日期不详，按' || cast(u.founded_on as varchar(10)) || '计' end as problem,
                       '/orgs?q=' || u.name as link
                  from union_org u
                 where %s and u.org_type = 'GRASSROOTS' and u.status = 'ACTIVE'
                   and (u.founded_on is null or u.founded_on_precision <> 'DAY')""", "u.id");
    }

    @Bean
    QualityCheck roughlyRegisteredEmployers(JdbcClient jdbc, SqlScopes scopes) {
        return new SqlQualityCheck(jdbc, scopes, "EMPLOYER_REGISTERED_ROUGH", "单位登记日期不详或不精确", "org:read",
                "登记日期决定单位从哪天起计入应建会单位数；查到准确日期后在“单位”中修改登记日期",
                "e.union_id", """
                select e.id as id, e.union_id as union_id, e.name as name,
                       case when e.registered_on_precision = 'YEAR' then '仅知年份，按' || cast(e.registered_on as varchar(10)) || '计'
                            when e.registered_on_precision = 'MONTH' then '仅知年月，按' || cast(e.registered_on as varchar(10)) || '计'
                            else '日期不详，按' || cast(e.registered_on as varchar(10)) || '计' end as problem,
                       '/employers?q=' || e.credit_code as link
                  from employer e
                 where %s and e.status = 'ACTIVE' and e.registered_on_precision <> 'DAY'""", "e.id");
    }
}
