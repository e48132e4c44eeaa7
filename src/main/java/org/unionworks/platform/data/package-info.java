/** Persistence building blocks shared by every module's entities. */
@NamedInterface("data")
package org.unionworks.platform.data;

import org.springframework.modulith.NamedInterface;
