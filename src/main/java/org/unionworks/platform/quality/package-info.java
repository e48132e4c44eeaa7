/**
 * 数据质量: what records carry on uncertain data (dates known only to the year, values not known,
 * honors not yet matched to a person). Modules contribute {@link org.unionworks.platform.quality.QualityCheck}
 * beans; a cadre sees each check's count and its records for the subtree, and corrects them.
 */
@NamedInterface("quality")
package org.unionworks.platform.quality;

import org.springframework.modulith.NamedInterface;
