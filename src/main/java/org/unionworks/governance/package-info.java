/**
 * Governance (制度与整改): the rules library with every revision kept, the problem list and
 * rectification ledger with owners and deadlines, and the 三重一大 register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "制度与整改")
package org.unionworks.governance;
