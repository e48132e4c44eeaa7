package org.unionworks.statistics.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Answers to a return's questions: the cells named, each with its value (empty: not answered yet). */
public record AnswersRequest(@NotNull(message = "请填写要保存的指标") @Size(max = 200, message = "一次最多保存200个指标") List<@Valid CellAnswer> answers,
                             Long version) {

    public record CellAnswer(@NotBlank(message = "请填写指标代码") @Size(max = 10, message = "指标代码无效") String code, BigDecimal value) {
    }
}
