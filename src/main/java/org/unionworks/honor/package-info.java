/**
 * Model workers and honors (劳模管理和服务): the catalogue of titles, the register of honorees with
 * every honor they received, allowances by level, and care records (关爱劳模).
 */
@org.springframework.modulith.ApplicationModule(displayName = "劳模")
package org.unionworks.honor;
