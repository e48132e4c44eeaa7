package org.unionworks.member.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Register or edit a member. {@code unionId} is used on create only; {@code version} on edit only. On
 * edit an empty {@code idNumber} and an absent {@code phone} keep the stored ones (no reveal needed).
 */
public record MemberRequest(Long unionId,
                            @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符") String name,
                            String idNumber,
                            String ethnicity, String politicalStatus, String education, String hukouType,
                            Boolean migrantWorker, String newFormKind,
                            String phone,
                            @Size(max = 30, message = "会员卡号不能超过30个字符") String cardNo,
                            @NotNull(message = "入会时间不能为空") LocalDate joinedOn,
                            Long employerId,
                            Long version) {
}
