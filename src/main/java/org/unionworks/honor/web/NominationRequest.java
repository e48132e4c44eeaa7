package org.unionworks.honor.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 推荐: the nominating union, the title, the candidate (a person with ID number, or a collective) and the evidence. */
public record NominationRequest(
        @NotNull(message = "请选择推荐单位") Long unionId,
        @NotNull(message = "请选择推荐称号") Long titleId,
        @NotBlank(message = "请填写候选人") @Size(max = 100, message = "候选人不能超过100个字符") String name,
        String idNumber,
        @Size(max = 200, message = "工作单位不能超过200个字符") String employerName,
        @Size(max = 100, message = "职务不能超过100个字符") String post,
        @NotBlank(message = "请填写主要事迹") @Size(max = 4000, message = "主要事迹不能超过4000字") String achievements,
        @Size(max = 20, message = "证明材料最多20个") List<String> fileIds) {
}
