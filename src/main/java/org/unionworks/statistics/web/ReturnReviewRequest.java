package org.unionworks.statistics.web;

import jakarta.validation.constraints.Size;

/** An upper union's review of a submitted return: approval (comment optional) or sending it back (comment required). */
public record ReturnReviewRequest(@Size(max = 500, message = "审核意见不能超过500个字符") String comment, Long version) {
}
