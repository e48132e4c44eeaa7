/**
 * The audit log. Entity changes are recorded by one Hibernate listener for every module;
 * logins, exports, imports and reveals of masked fields are recorded through {@link AuditService}.
 */
@NamedInterface("audit")
package org.unionworks.platform.audit;

import org.springframework.modulith.NamedInterface;
