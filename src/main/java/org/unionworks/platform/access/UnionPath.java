package org.unionworks.platform.access;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A read-only view of the union tree's paths, so that "rows under the selected union" is the
 * same indexed prefix condition as the data scope, in every module's queries.
 */
@Entity
@Immutable
@Table(name = "union_org")
class UnionPath {

    @Id
    private Long id;
    private String path;

    protected UnionPath() {
    }
}
