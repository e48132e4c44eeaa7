/**
 * Stored files (附件): attachments of rules, evidence of rectifications, activity materials.
 * A file belongs to the union of the user who uploaded it and is readable within that union's
 * upper subtrees, like every other row.
 */
@NamedInterface("files")
package org.unionworks.platform.files;

import org.springframework.modulith.NamedInterface;
