package org.unionworks.member.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An online application to join, from the public page; {@code phoneCode} is the code sent to the phone. */
public record JoinRequest(@NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名不能超过50个字符") String name,
                          @NotBlank(message = "请填写身份证号") String idNumber,
                          @NotBlank(message = "请填写手机号") String phone,
                          @NotBlank(message = "请填写工作单位") @Size(max = 200, message = "工作单位不能超过200个字符") String employerName,
                          @NotNull(message = "请选择要加入的工会") Long unionId,
                          Boolean noUnionAtEmployer,
                          String phoneCode,
                          @NotNull(message = "请阅读并同意《个人信息收集告知》")
                          @AssertTrue(message = "请阅读并同意《个人信息收集告知》") Boolean consent) {
}
