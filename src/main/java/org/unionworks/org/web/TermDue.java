package org.unionworks.org.web;

import java.time.LocalDate;
import java.util.List;

/** Terms expired or expiring within 90 days of {@code on}, by district and listed (first 200 of each). */
public record TermDue(LocalDate on, long expired, long expiring, List<District> byDistrict, List<DueUnion> expiredItems,
                      List<DueUnion> expiringItems) {

    public record District(String districtName, long expired, long expiring) {
    }

    public record DueUnion(long unionId, String unionName, String districtName, int termNo, LocalDate endsOn,
                       long daysLeft, LocalDate plannedOn) {
    }
}
