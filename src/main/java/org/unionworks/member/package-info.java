/**
 * Members (会员): the register, its import, the status history, transfers between unions
 * (会员转接) and online applications to join (网上入会). A person is a member of at most one union
 * at a time; the database enforces it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "会员")
package org.unionworks.member;
