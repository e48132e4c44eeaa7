/**
 * Needy-worker archive and assistance (困难职工帮扶): one file per household, filed where the worker
 * works (属地建档) and approved by an upper union; aid records; a review at least once a year
 * (动态管理); exit when hardship ends (随时脱困随时撤档), closed files kept; temporary relief.
 */
@org.springframework.modulith.ApplicationModule(displayName = "困难职工帮扶")
package org.unionworks.assist;
