package org.unionworks.platform.web;

import java.util.List;

/** What a bulk action did: how many records it changed and, for each one it could not change, why. */
public record BulkResult(int done, List<Failure> failures) {

    public record Failure(long id, String reason) {
    }
}
