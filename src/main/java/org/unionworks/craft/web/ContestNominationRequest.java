package org.unionworks.craft.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 推荐参评: the campaign, the title of its quotas, the nominating union and the achievements (the result stated). */
public record ContestNominationRequest(@NotNull(message = "请选择评选活动") Long campaignId,
                                       @NotNull(message = "请选择推荐称号") Long titleId,
                                       @NotNull(message = "请选择推荐单位") Long unionId,
                                       @NotBlank(message = "请填写主要事迹") @Size(max = 4000, message = "主要事迹不能超过4000字") String achievements) {
}
