package org.unionworks.craft.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * 参赛单位: an employer by its unified social credit code, a union, or only a name; {@code entrants} is the number
 * of its workers in the 岗位练兵 and 选拔赛 when it reports only a number.
 */
public record ContestUnitRequest(@Size(max = 200, message = "单位名称不能超过200个字符") String name,
                                 String creditCode,
                                 Long unionId,
                                 @Min(value = 0, message = "参赛人数不能为负数") Integer entrants,
                                 Long version) {
}
