package org.unionworks.platform.quality;

import java.util.List;

import org.unionworks.platform.access.SqlScopes;

/**
 * One kind of uncertain record a module keeps, e.g. unions whose founding date is known only to the
 * year. Figures that count such records say so in their caveats; this check lists them.
 */
public interface QualityCheck {

    /** Stable code, e.g. {@code UNION_FOUNDED_ROUGH}. */
    String code();

    /** Chinese label, e.g. 工会成立日期不详或不精确. */
    String label();

    /** What the cadre should do about such a record, in a sentence. */
    String advice();

    /** The authority a user needs to see this check (the module's read permission). */
    String permission();

    /**
     * How many such records lie in the union's subtree; the check narrows its query with
     * {@link SqlScopes#under(long, String)} on its own union column, so the data scope holds.
     */
    long count(long unionId);

    /** One page of them, in a stable order. */
    List<Finding> page(long unionId, int limit, long offset);

    /** One uncertain record: where it is, what it is, what is uncertain, and the page that corrects it. */
    record Finding(long id, Long unionId, String unionName, String name, String problem, String link) {
    }
}
