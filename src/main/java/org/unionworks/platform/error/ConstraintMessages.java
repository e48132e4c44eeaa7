package org.unionworks.platform.error;

import java.util.Map;

/**
 * Chinese messages for database constraints, contributed by each module as a bean, so that a
 * uniqueness race lost at the database still tells the user which rule was broken.
 */
public record ConstraintMessages(Map<String, String> byConstraintName) {
}
