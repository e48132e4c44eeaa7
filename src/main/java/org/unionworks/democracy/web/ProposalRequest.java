package org.unionworks.democracy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProposalRequest(@NotBlank(message = "请填写提案标题") @Size(max = 200, message = "提案标题不能超过200个字符") String title,
                              @NotBlank(message = "请填写提案人") @Size(max = 100, message = "提案人不能超过100个字符") String proposer,
                              String category,
                              Long version) {
}
