/**
 * Cadre activities (干部工作): study sessions, trainings and contests; field research (大调研) whose
 * bottleneck problems go into the governance rectification ledger; work groups stationed at
 * grassroots unions (蹲点工作组) and the practical matters they get done (实事).
 */
@org.springframework.modulith.ApplicationModule(displayName = "干部工作")
package org.unionworks.activity;
