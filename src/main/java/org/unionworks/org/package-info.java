/**
 * The union tree (工会组织): federations, grassroots unions, sub-unions and groups, stored with a
 * materialized path. Moves rewrite a whole subtree in one transaction; dissolving or merging a
 * union hands its child unions and (through {@code UnionClosed}) every module's rows to its successor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工会组织")
package org.unionworks.org;
