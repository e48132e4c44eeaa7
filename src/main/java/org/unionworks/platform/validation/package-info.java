/** Checks of national standards, usable directly or as Bean Validation annotations. */
@NamedInterface("validation")
package org.unionworks.platform.validation;

import org.springframework.modulith.NamedInterface;
