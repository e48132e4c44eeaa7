package org.unionworks.org.web;

import jakarta.validation.constraints.NotNull;

public record MoveRequest(@NotNull(message = "请选择新的上级工会") Long newParentId) {
}
