package org.unionworks.craft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 比武项目: its name, the occupation (工种) and the skill grade it is held at. */
public record ContestItemRequest(@NotBlank(message = "请填写项目名称") @Size(max = 100, message = "项目名称不能超过100个字符") String name,
                                 @Size(max = 100, message = "工种不能超过100个字符") String occupation,
                                 String grade,
                                 Long version) {
}
