/**
 * Rights protection (维权): cases such as wage arrears with their workers, dated steps and outcome,
 * the campaigns they belong to (e.g. 根治欠薪冬季专项行动), and legal outreach (普法宣传).
 */
@org.springframework.modulith.ApplicationModule(displayName = "维权")
package org.unionworks.rights;
