/**
 * 全总统计年报 (statistics): ACFTU's annual statistical forms as data (cells filled from figures of the catalogue,
 * asked of the union, or added up from the level below; consistency checks over them), each union's return of the
 * statistical year pre-filled from the records, checked, signed and submitted up the tree, reviewed by the union above,
 * and frozen once approved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计年报")
package org.unionworks.statistics;
