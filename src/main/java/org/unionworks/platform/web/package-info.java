/** Web types shared by every module's API: paged responses. */
@NamedInterface("web")
package org.unionworks.platform.web;

import org.springframework.modulith.NamedInterface;
