/**
 * Figures (指标): the catalogue of named figures. Each module contributes {@link Indicator} beans; one
 * endpoint computes any of them for a subtree and a date (stock) or period (flow). The dashboard,
 * the statistical tables and the work report all read figures from here, so they always agree. A module
 * of its own, beside the business modules, so that the platform stays infrastructure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "指标")
package org.unionworks.figures;
