package org.unionworks.platform.reminder;

import java.util.List;

/**
 * Work waiting for the signed-in user right now (applications to review, files to approve), counted live in
 * the user's data scope. Unlike a {@link ReminderSource}, nothing is stored: the count is taken when asked.
 */
public interface PendingWork {

    /** What waits for the current user; empty when the user may not act on it or nothing waits. */
    List<Todo> pending();

    /** One action on the home page: {@code count} things, said by {@code text}, opened at {@code link}. */
    record Todo(String kind, String text, long count, String link) {
    }
}
