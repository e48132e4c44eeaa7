package org.unionworks.platform.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;

@Configuration(proxyBeanMethods = false)
class PlatformPermissions {

    @Bean
    PermissionGroup platformPermissionGroup() {
        return PermissionGroup.administrative("platform", "系统管理",
                "user:read", "查看用户", "user:write", "管理用户", "user:reveal", "查看用户完整手机号",
                "role:read", "查看角色", "role:write", "管理角色",
                "dict:write", "维护字典", "audit:read", "查看审计日志");
    }
}
