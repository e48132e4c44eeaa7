package org.unionworks.platform.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;

@Configuration(proxyBeanMethods = false)
class ReminderPermissions {

    @Bean
    PermissionGroup reminderPermissionGroup() {
        return PermissionGroup.administrative("reminder", "待办提醒", "reminder:refresh", "立即重新生成待办提醒");
    }
}
