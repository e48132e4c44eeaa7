package org.unionworks.statistics;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;

/** Permissions and database messages of the annual statistics. */
@Configuration(proxyBeanMethods = false)
class StatisticsModuleConfig {

    @Bean
    PermissionGroup statisticsPermissions() {
        return PermissionGroup.of("statistics", "统计年报", "statistics:read", "查看本级和下级的统计年报调查表、进度和逻辑检查结果",
                "statistics:write", "开始年报、填报和导入问卷、签字上报；上级工会审核下级调查表（通过或退回）");
    }

    @Bean
    ConstraintMessages statisticsConstraintMessages() {
        return new ConstraintMessages(Map.of(
                "uq_annual_return", "该工会该统计年度已有调查表",
                "ck_annual_return_signed", "上报的调查表须有单位负责人签字和日期",
                "ck_annual_return_year", "统计年度应在2000到2100之间"));
    }
}
