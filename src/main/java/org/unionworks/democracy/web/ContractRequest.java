package org.unionworks.democracy.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A collective contract as negotiated: the union that negotiates (on creation), kind, coverage (SINGLE 单一企业, REGIONAL 区域性,
 * INDUSTRY 行业性), title, the 要约 (day and party: UNION or EMPLOYER), rounds held so far; on creation the employers covered.
 */
public record ContractRequest(Long unionId,
                              @NotBlank(message = "请选择集体合同类别") String kind,
                              @NotBlank(message = "请选择覆盖范围") String coverage,
                              @NotBlank(message = "请填写合同名称") @Size(max = 200, message = "合同名称不能超过200个字符") String title,
                              @NotNull(message = "请填写要约日期") LocalDate offerOn,
                              @NotBlank(message = "请选择要约方") String offerParty,
                              @Min(value = 0, message = "协商轮次不能为负数") Integer rounds,
                              List<@Valid CoveredEmployerRequest> employers,
                              Long version) {
}
