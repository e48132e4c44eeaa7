package org.unionworks.platform.error;

/** One bad field of a request: which field and why, in Chinese. */
public record FieldProblem(String field, String message) {
}
