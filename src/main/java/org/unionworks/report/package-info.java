/**
 * The generated work report (工作总结): a .docx template with {{placeholders}} naming figures of the
 * catalogue, filled for a subtree, a date and a period; the default template follows the structure
 * of a federation's annual work summary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计与报告")
package org.unionworks.report;
