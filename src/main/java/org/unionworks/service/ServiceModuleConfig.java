package org.unionworks.service;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.data.Handover;
import org.unionworks.platform.error.ConstraintMessages;

/** Permissions, database messages and union handover of 服务职工. */
@Configuration(proxyBeanMethods = false)
class ServiceModuleConfig {

    @Bean
    PermissionGroup servicePermissions() {
        return PermissionGroup.of("service", "服务职工", "service:read", "查看普惠服务项目、互助保障和服务阵地",
                "service:write", "维护普惠服务项目及名单、慰问标准、互助保障参保和给付、服务阵地及补助");
    }

    @Bean
    ConstraintMessages serviceConstraintMessages() {
        return new ConstraintMessages(Map.ofEntries(Map.entry("uq_service_programme", "本工会已有同名的普惠服务项目"),
                Map.entry("uq_programme_standard", "同一项目类别和对象类别在该日期已有标准"),
                Map.entry("uq_beneficiary_person", "该职工已在本项目名单中（身份证号重复）"),
                Map.entry("uq_insurance_enrolment", "该单位本年度已登记参保"),
                Map.entry("uq_insurance_claim", "该职工同一日期已有同类给付申请"),
                Map.entry("uq_service_place", "同一类别已有同名的服务阵地"),
                Map.entry("uq_place_year", "该年度已登记"),
                Map.entry("ck_service_programme_dates", "结束日期不能早于开始日期"),
                Map.entry("ck_insurance_claim_amounts", "给付金额不能超过申请金额"),
                Map.entry("ck_service_place_point", "经纬度应同时填写且在中国境内")));
    }

    /** Mutual-aid insurance enrolments and claims keep their union's district: one district's figures find them by it. */
    @Bean
    org.unionworks.platform.access.SubtreeDistricts.Kept serviceRowsKeepingDistricts() {
        return new org.unionworks.platform.access.SubtreeDistricts.Kept("insurance_enrolment", "insurance_claim");
    }

    @Bean
    Handover.OwnedBy serviceRowsOwnedByUnions() {
        return new Handover.OwnedBy("service_programme.union_id", "programme_standard.union_id", "insurance_enrolment.union_id",
                "insurance_claim.union_id", "service_place.union_id");
    }
}
