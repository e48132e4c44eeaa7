package org.unionworks.honor.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** 核实身份: the record is this member (MEMBER) or this registered model worker (HONOREE). */
public record IdentifyRequest(
        @NotNull(message = "请选择对应的人") @Pattern(regexp = "MEMBER|HONOREE", message = "只能对应会员或劳模库中的记录") String kind,
        @NotNull(message = "请选择对应的人") Long candidateId,
        @NotNull(message = "缺少版本号，请刷新后重试") Long version) {
}
