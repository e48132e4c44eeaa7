package org.unionworks.member;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;

@Configuration(proxyBeanMethods = false)
class MemberModuleConfig {

    @Bean
    PermissionGroup memberPermissions() {
        return PermissionGroup.of("member", "会员",
                "member:read", "查看会员", "member:write", "维护会员（登记、修改、会籍变动、转接、审批入会）",
                "member:import", "导入会员", "member:export", "导出会员",
                "member:reveal", "查看会员完整身份证号和手机号（留痕）");
    }

    @Bean
    ConstraintMessages memberConstraintMessages() {
        return new ConstraintMessages(Map.of(
                "uq_member_active_id", "该身份证号已是其他工会的会员（在会或保留会籍）；换工会请办理会员转接",
                "uq_member_transfer_pending", "该会员已有一笔待接收的转接",
                "ck_member_dates", "入会日期不能早于出生日期，离会日期不能早于入会日期"));
    }
}
