package org.unionworks.democracy.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The ID numbers of the members who come to take a ballot (签到领票). */
public record BallotsRequest(@NotEmpty(message = "请填写领取选票的会员身份证号码")
                             @Size(max = 5000, message = "一次最多发放5000张选票") List<String> idNumbers) {
}
