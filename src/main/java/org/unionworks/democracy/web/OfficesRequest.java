package org.unionworks.democracy.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** The chair and vice-chairs among the elected committee, and the chairs of the funds audit and women workers' committees. */
public record OfficesRequest(@NotNull(message = "请选择工会主席") Long chairId, List<Long> viceChairIds, Long auditChairId,
                             Long womensChairId, Long version) {
}
