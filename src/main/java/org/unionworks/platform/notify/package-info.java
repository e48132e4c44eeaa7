/** Messages to the public (one-time codes by SMS): the sender is pluggable, the default only logs that one was sent. */
@NamedInterface("notify")
package org.unionworks.platform.notify;

import org.springframework.modulith.NamedInterface;
