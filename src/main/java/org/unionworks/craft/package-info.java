/**
 * 工匠和竞赛 (craft): labour and skills contests from items and units to entrants, results, a 公示 with
 * objections and published results whose titles become honors in 劳模库; innovation studios with their
 * achievements and yearly reviews; the 五小 and 合理化建议 library; employers' internal evaluation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工匠和竞赛")
package org.unionworks.craft;
