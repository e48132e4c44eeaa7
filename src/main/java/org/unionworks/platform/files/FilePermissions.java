package org.unionworks.platform.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;

/** Attachments: business permissions, so the built-in roles' "every read / every write" include them. */
@Configuration(proxyBeanMethods = false)
class FilePermissions {

    @Bean
    PermissionGroup filePermissionGroup() {
        return PermissionGroup.of("file", "附件", "file:read", "下载附件", "file:write", "上传附件");
    }
}
