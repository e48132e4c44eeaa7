package org.unionworks.org;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.access.SubtreeDistricts;
import org.unionworks.platform.error.ConstraintMessages;

@Configuration(proxyBeanMethods = false)
class OrgModuleConfig {

    @Bean
    PermissionGroup orgPermissions() {
        return PermissionGroup.of("org", "工会组织",
                "org:read", "查看工会组织", "org:write", "维护工会组织（新建、修改、移动、撤销、合并）",
                "org:import", "导入工会组织", "org:export", "导出工会组织");
    }

    @Bean
    ConstraintMessages orgConstraintMessages() {
        return new ConstraintMessages(Map.ofEntries(
                Map.entry("uq_union_org_credit_code", "统一社会信用代码已被其他工会使用"),
                Map.entry("uq_union_org_path", "工会层级路径冲突，请重试"),
                Map.entry("ck_union_org_kind", "基层工会须选择基层工会类型，其他组织不填"),
                Map.entry("uq_employer_credit_code", "统一社会信用代码已被其他单位使用"),
                Map.entry("ck_employer_counts", "女职工、农民工、新就业形态劳动者人数不能为负数，也不能多于职工人数"),
                Map.entry("ck_employer_closed_after", "注销日期不能早于登记日期"),
                Map.entry("uq_coverage_current", "该单位已由其他基层工会涵盖，请先结束原涵盖关系"),
                Map.entry("ck_coverage_dates", "涵盖结束日期不能早于开始日期"),
                Map.entry("ck_coverage_no_overlap", "同一单位的涵盖期间不能重叠"),
                Map.entry("uq_union_term_no", "届次重复，请刷新后重试"),
                Map.entry("ck_union_term_dates", "届满日期须晚于开始日期"),
                Map.entry("ck_union_term_length", "届期只能是3年或5年"),
                Map.entry("uq_election_term", "本届已有换届安排"),
                Map.entry("ck_union_term_postponement", "延期换届的期限须晚于届满日期，并写明理由；批准须有批复文号和日期"),
                Map.entry("uq_census_return", "该工会在本次摸底排查中已有填报"),
                Map.entry("ck_census_dates", "截止日期不能早于开始日期"),
                Map.entry("ck_census_return_counts", "人数不能为负数"),
                Map.entry("ck_census_return_term", "本届届满日期须晚于开始日期")));
    }

    /** Terms keep their union's district (V59_6): one district's terms due are found by it. */
    @Bean
    SubtreeDistricts.Kept termsKeepingDistricts() {
        return new SubtreeDistricts.Kept("union_term");
    }
}
