package org.unionworks.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

public record MatterRequest(Long unionId,
                            @NotBlank(message = "请填写事项") @Size(max = 300, message = "事项不能超过300个字符") String matter,
                            @NotBlank(message = "请选择事项类型") String matterType,
                            @DecimalMin(value = "0", message = "金额不能为负数") BigDecimal amount,
                            @Size(max = 200, message = "会议不能超过200个字符") String meeting,
                            @PastOrPresent(message = "决策日期不能晚于今天") LocalDate decidedOn,
                            @Size(max = 500, message = "参会人员不能超过500个字符") String participants,
                            @Size(max = 1000, message = "决策结果不能超过1000个字符") String decision,
                            @Size(max = 200, message = "表决情况不能超过200个字符") String votes,
                            Long version) {
}
