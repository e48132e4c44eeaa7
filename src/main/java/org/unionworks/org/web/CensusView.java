package org.unionworks.org.web;

import java.time.LocalDate;

/** A census campaign with its progress inside the viewer's subtree. */
public record CensusView(long id, long organizerId, String organizerName, String name, LocalDate startsOn,
                         LocalDate endsOn, String status, long targets, long returned, long approved) {
}
