package org.unionworks.honor.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** 批量通过 of nominations at their stage: the ids, one opinion for all, and the 公示 dates for those at 市总评审. */
public record BulkStageDecisionRequest(@NotEmpty(message = "请至少选择一条记录") @Size(max = 500, message = "一次最多处理500条") List<Long> ids,
                                       @Size(max = 1000, message = "意见不能超过1000个字符") String note,
                                       LocalDate noticeFrom,
                                       LocalDate noticeTo) {
}
