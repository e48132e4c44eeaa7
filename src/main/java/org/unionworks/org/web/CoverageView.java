package org.unionworks.org.web;

import java.time.LocalDate;

public record CoverageView(long id, long unionId, String unionName, long employerId, String employerName,
                           LocalDate fromDate, LocalDate toDate) {
}
