/** Dictionaries (字典): code lists with Chinese labels, seeded with national standards. */
@NamedInterface("dict")
package org.unionworks.platform.dict;

import org.springframework.modulith.NamedInterface;
