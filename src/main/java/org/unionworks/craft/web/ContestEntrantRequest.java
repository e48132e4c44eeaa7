package org.unionworks.craft.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An entrant of an item and, for a finalist (stage FINAL), the result. */
public record ContestEntrantRequest(@NotNull(message = "请选择比武项目") Long itemId,
                                    Long unitId,
                                    @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String name,
                                    String idNumber,
                                    @Size(max = 200, message = "工作单位不能超过200个字符") String employerName,
                                    @Size(max = 100, message = "岗位不能超过100个字符") String post,
                                    @NotBlank(message = "请选择参赛阶段") String stage,
                                    @DecimalMin(value = "0", message = "成绩不能为负数")
                                    @DecimalMax(value = "9999.99", message = "成绩不能超过9999.99") BigDecimal score,
                                    @Min(value = 1, message = "名次从1开始") Integer ranking,
                                    String prizeTier,
                                    @Size(max = 100, message = "称号不能超过100个字符") String title,
                                    String gradeUpgrade,
                                    Long version) {
}
