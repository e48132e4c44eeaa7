/**
 * The catalogue of named figures (指标): each module contributes {@link Indicator} beans; one
 * endpoint computes any of them for a subtree and a date (stock) or period (flow). The dashboard,
 * the statistical tables and the work report all read figures from here, so they always agree.
 */
@NamedInterface("figures")
package org.unionworks.platform.figures;

import org.springframework.modulith.NamedInterface;
