package org.unionworks.democracy.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** ACCEPT (立案), REJECT (不立案, with the answer) or HANDLE (办结: the day and how it was handled). */
public record ProposalHandlingRequest(@NotBlank(message = "请选择处理方式") String action,
                                      LocalDate handledOn,
                                      @Size(max = 1000, message = "办理情况不能超过1000个字符") String handling) {
}
