/**
 * 民主管理 (democracy): collective contracts from 要约 to 审查备案, in force for their term and renewed; more parts of
 * democratic management (职代会, 厂务公开, elections by the rules, 女职委) arrive here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "民主管理")
package org.unionworks.democracy;
