package org.unionworks.figures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;

@Configuration(proxyBeanMethods = false)
class FiguresPermissions {

    @Bean
    PermissionGroup reportPermissions() {
        return PermissionGroup.of("report", "统计报表", "report:read", "查看统计数字、生成工作总结",
                "report:template", "上传工作总结模板");
    }
}
