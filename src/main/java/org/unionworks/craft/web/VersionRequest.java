package org.unionworks.craft.web;

/** An action on a contest as the user saw it ({@code version}), e.g. 公布 or 撤回公示. */
public record VersionRequest(Long version) {
}
