package org.unionworks.org;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;
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
        return new ConstraintMessages(Map.of(
                "uq_union_org_credit_code", "统一社会信用代码已被其他工会使用",
                "uq_union_org_path", "工会层级路径冲突，请重试",
                "ck_union_org_kind", "基层工会须选择基层工会类型，其他组织不填"));
    }
}
