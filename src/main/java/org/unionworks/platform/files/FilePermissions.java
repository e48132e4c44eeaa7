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

    /** A closed union's files (evidence, materials, templates) pass to its successor with the records naming them. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy filesOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("stored_file.union_id");
    }
}
