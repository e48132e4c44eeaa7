package org.unionworks.platform.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

/** A list's period filter: a date attribute from {@code from} to {@code to}, both inclusive, either open when not given. */
public final class DateRange {

    private DateRange() {
    }

    public static <T> Specification<T> of(String attribute, LocalDate from, LocalDate to) {
        return (r, query, cb) -> {
            List<Predicate> bounds = new ArrayList<>();
            if (from != null) {
                bounds.add(cb.greaterThanOrEqualTo(r.get(attribute), from));
            }
            if (to != null) {
                bounds.add(cb.lessThanOrEqualTo(r.get(attribute), to));
            }
            return cb.and(bounds.toArray(Predicate[]::new));
        };
    }
}
