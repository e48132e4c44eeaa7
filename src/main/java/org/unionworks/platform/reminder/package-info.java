/**
 * Reminders (待办提醒): modules contribute {@link org.unionworks.platform.reminder.ReminderSource}
 * beans; a daily job (and an administrator's refresh) collects them, and every user sees the
 * reminders of their own subtree on the home page.
 */
@NamedInterface("reminder")
package org.unionworks.platform.reminder;

import org.springframework.modulith.NamedInterface;
