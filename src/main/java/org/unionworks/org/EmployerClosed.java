package org.unionworks.org;

import java.time.LocalDate;

/**
 * Published when an employer closes. {@code coveringUnionId} is the grassroots union that covered
 * it until then (null if none) and {@code upperUnionId} the union above that, which takes over
 * the members of the closed employer.
 */
public record EmployerClosed(long employerId, Long coveringUnionId, Long upperUnionId, LocalDate on) {
}
