package org.unionworks.honor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 修改重报: the corrected achievements of a returned nomination. */
public record ResubmitRequest(
        @NotBlank(message = "请填写修改后的主要事迹") @Size(max = 4000, message = "主要事迹不能超过4000字") String achievements) {
}
