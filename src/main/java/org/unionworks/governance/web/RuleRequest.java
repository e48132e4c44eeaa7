package org.unionworks.governance.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Enact or revise a rule: the text, or an uploaded file ({@code fileId} from /api/files), or both. */
public record RuleRequest(Long unionId,
                          @NotBlank(message = "请填写制度名称") @Size(max = 200, message = "制度名称不能超过200个字符") String title,
                          @NotBlank(message = "请选择制度类别") String category,
                          @NotNull(message = "请填写日期") LocalDate on,
                          @Size(max = 20000, message = "制度正文不能超过20000个字符") String body,
                          String fileId,
                          @Size(max = 500, message = "说明不能超过500个字符") String note) {
}
