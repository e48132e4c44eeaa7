package org.unionworks.platform.web;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** One action on many records chosen in a list (批量审批通过, 批量退回): their ids and, where the action takes one, a note. */
public record BulkRequest(@NotEmpty(message = "请至少选择一条记录") @Size(max = 500, message = "一次最多处理500条") List<Long> ids,
                          @Size(max = 1000, message = "意见不能超过1000个字符") String note) {
}
