package org.unionworks.democracy.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The vote: its day, the ballots returned and the votes for each candidate; the electorate is counted from the members on
 * the day for a 会员大会 and given (the representatives) for a 会员代表大会.
 */
public record ElectionResultRequest(@NotNull(message = "请填写选举日期") LocalDate votingOn,
                                    @Min(value = 1, message = "应到会人数至少为1") Integer electorate,
                                    @NotNull(message = "请填写收回选票数") @Min(value = 0, message = "收回选票数不能为负数") Integer ballotsReturned,
                                    @NotEmpty(message = "请填写各候选人的得票数") List<@Valid VoteCount> votes,
                                    Long version) {

    public record VoteCount(@NotNull(message = "缺少候选人") Long candidateId,
                            @NotNull(message = "请填写得票数") @Min(value = 0, message = "得票数不能为负数") Integer votes) {
    }
}
