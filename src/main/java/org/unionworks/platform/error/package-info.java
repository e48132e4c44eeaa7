/** Typed domain exceptions and their RFC 9457 problem+json rendering. */
@NamedInterface("error")
package org.unionworks.platform.error;

import org.springframework.modulith.NamedInterface;
