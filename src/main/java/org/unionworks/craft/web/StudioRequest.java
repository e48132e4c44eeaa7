package org.unionworks.craft.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An innovation studio: the union that keeps it (on creation), name, level and year named, its leader (a person of
 * 劳模库 when {@code honoreeId} is given), host employer (by credit code when it is in the employer register), fields
 * and members.
 */
public record StudioRequest(Long unionId,
                            @NotBlank(message = "请填写工作室名称") @Size(max = 200, message = "工作室名称不能超过200个字符") String name,
                            @NotBlank(message = "请选择命名级别") String level,
                            @NotNull(message = "请填写命名年度") @Min(value = 1990, message = "命名年度应在1990年以后")
                            @Max(value = 2100, message = "命名年度不合理") Integer namedYear,
                            @NotBlank(message = "请填写领衔人") @Size(max = 50, message = "领衔人不能超过50个字符") String leaderName,
                            Long honoreeId,
                            @NotBlank(message = "请填写依托单位") @Size(max = 200, message = "依托单位不能超过200个字符") String hostName,
                            String hostCreditCode,
                            @Size(max = 200, message = "研究领域不能超过200个字符") String fields,
                            @Min(value = 0, message = "成员人数不能为负数") Integer memberCount,
                            @Size(max = 1000, message = "成员名单不能超过1000个字符") String members,
                            Long version) {
}
