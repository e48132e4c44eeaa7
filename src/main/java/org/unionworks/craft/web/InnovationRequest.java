package org.unionworks.craft.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 五小 or 合理化建议 result: the union that records it, the employer (by credit code when registered), benefit in yuan. */
public record InnovationRequest(Long unionId,
                                @NotBlank(message = "请填写成果名称") @Size(max = 200, message = "成果名称不能超过200个字符") String title,
                                @NotBlank(message = "请选择成果类别") String category,
                                @NotBlank(message = "请填写完成人") @Size(max = 200, message = "完成人不能超过200个字符") String authors,
                                @NotBlank(message = "请填写所在单位") @Size(max = 200, message = "所在单位不能超过200个字符") String employerName,
                                String employerCreditCode,
                                @NotNull(message = "请填写取得日期") LocalDate achievedOn,
                                @DecimalMin(value = "0", message = "经济效益不能为负数")
                                @Digits(integer = 12, fraction = 2, message = "经济效益最多两位小数") BigDecimal benefit,
                                @Size(max = 50, message = "评定等级不能超过50个字符") String evaluation,
                                @Size(max = 50, message = "证书编号不能超过50个字符") String certificateNo,
                                Long studioId,
                                Long contestId,
                                Long version) {
}
