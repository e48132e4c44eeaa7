package org.unionworks.honor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A title in the catalogue (荣誉称号): its level, whether it goes to a person or a collective, and who confers it. */
public record TitleRequest(
        @NotBlank(message = "请填写称号名称") @Size(max = 100, message = "称号名称不能超过100个字符") String name,
        @NotBlank(message = "请选择级别") @Pattern(regexp = "NATIONAL|PROVINCIAL|CITY|DISTRICT", message = "级别只能是全国、省、市或区县") String level,
        @NotBlank(message = "请选择个人或集体") @Pattern(regexp = "INDIVIDUAL|COLLECTIVE", message = "只能是个人或集体荣誉") String kind,
        @NotBlank(message = "请填写授予机关") @Size(max = 100, message = "授予机关不能超过100个字符") String awardingBody,
        /** The union conferring a local title, for its own subtree; empty for the deployment-wide catalogue. */
        Long conferringUnionId) {
}
