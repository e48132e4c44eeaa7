package org.unionworks.democracy.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 签订: the day, the term, the workers covered and the key terms (the agreed wage rise in % for a wage contract). */
public record SigningRequest(@NotNull(message = "请填写签订日期") LocalDate signedOn,
                             @NotNull(message = "请填写生效日期") LocalDate startsOn,
                             @NotNull(message = "请填写终止日期") LocalDate endsOn,
                             @NotNull(message = "请填写覆盖职工人数") @Min(value = 1, message = "覆盖职工人数应大于0") Integer workersCovered,
                             @DecimalMin(value = "-50", message = "工资增幅不合理") @DecimalMax(value = "100", message = "工资增幅不合理") BigDecimal wageRise,
                             @Size(max = 2000, message = "主要条款不能超过2000个字符") String keyTerms,
                             Long version) {
}
