/**
 * The demo city: each module contributes its own synthetic data, in order, to one generated city
 * (for trying the product and for the benchmark).
 */
@NamedInterface("demo")
package org.unionworks.platform.demo;

import org.springframework.modulith.NamedInterface;
