package org.unionworks.governance.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 整改完成: the day, what was done, and the files that prove it. */
public record CompleteRequest(
        @NotNull(message = "请填写完成日期") LocalDate doneOn,
        @NotBlank(message = "请填写整改结果") @Size(max = 1000, message = "整改结果不能超过1000个字符") String result,
        @Size(max = 20, message = "佐证材料最多20个") List<String> evidence) {
}
