package org.unionworks.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.access.SubtreeDistricts;
import org.unionworks.platform.data.Handover;
import org.unionworks.platform.error.ConstraintMessages;
import org.unionworks.platform.reminder.ReminderSource;

/** Permissions, database messages, handover and the reminder of 经费与经审: a planned audit whose month has passed unstarted. */
@Configuration(proxyBeanMethods = false)
class FundsModuleConfig {

    @Bean
    PermissionGroup fundsPermissions() {
        return PermissionGroup.of("funds", "经费与经审", "funds:read", "查看工会经费收缴、返还、拨付和经费审查",
                "funds:write", "导入和登记工会经费缴费明细、更正、返还和拨付，办理经费审查；市总工会设置分成比例、返还规则并结账");
    }

    @Bean
    ConstraintMessages fundsConstraintMessages() {
        return new ConstraintMessages(Map.ofEntries(
                Map.entry("uq_remittance", "该单位该所属期的该费种已登记"),
                Map.entry("ck_remittance_amounts", "金额不能为负数"),
                Map.entry("ck_remittance_paid_on", "有实缴金额时请填写缴费日期"),
                Map.entry("uq_fund_return", "该单位该年度的工会经费已返还"),
                Map.entry("ck_fund_return_amount", "返还金额应大于0且不超过该年度实缴金额"),
                Map.entry("ck_fund_allocation_target", "用途与拨付对象不符：补助下级工会须选下级工会，普惠服务项目须选项目类别，其他项目须填名称"),
                Map.entry("uq_funds_share", "该费种在该日期已有分成比例"),
                Map.entry("ck_funds_share_sum", "各级比例不能为负数，合计应为100%"),
                Map.entry("uq_funds_return_rule", "该日期已有返还规则"),
                Map.entry("uq_funds_closed_month", "该月份已结账"),
                Map.entry("ck_funds_audit_dates", "审查期间或日期不合理")));
    }

    /** Remittances and returns keep their union's district, as the funds tally counts them by it. */
    @Bean
    SubtreeDistricts.Kept fundsRowsKeepingDistricts() {
        return new SubtreeDistricts.Kept("remittance", "fund_return");
    }

    @Bean
    Handover.OwnedBy fundsRowsOwnedByUnions() {
        return new Handover.OwnedBy("remittance.union_id", "fund_return.union_id", "fund_allocation.union_id", "fund_allocation.to_union_id",
                "funds_audit.union_id", "funds_audit.auditor_union_id", "audit_finding.union_id");
    }

    @Bean
    ReminderSource fundsAuditsDue(JdbcClient jdbc) {
        return new ReminderSource() {
            public String kind() { return "FUNDS_AUDIT_DUE"; }
            public String label() { return "经费审查计划逾期未实施"; }
            public String link() { return "/funds-audits"; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql("""
                                select a.auditor_union_id, a.id, a.audit_scope, a.planned_month from funds_audit a
                                 where a.status = 'PLANNED' and a.planned_month < :month order by a.planned_month""")
                        .param("month", today.withDayOfMonth(1))
                        .query((rs, n) -> {
                            LocalDate month = rs.getObject(4, LocalDate.class);
                            return new Due(rs.getLong(1), "FundsAudit", rs.getLong(2), "经费审查“" + rs.getString(3) + "”计划于 "
                                    + java.time.YearMonth.from(month) + " 实施，尚未开始", month.plusMonths(1).minusDays(1));
                        }).list();
            }
        };
    }
}
