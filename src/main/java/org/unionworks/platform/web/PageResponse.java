package org.unionworks.platform.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with the total for the pager. Pages are numbered from 1. When
 * {@code totalCapped} is true the list was not counted to the end: {@code total} rows match, and more.
 */
public record PageResponse<T>(List<T> items, long total, int page, int size, boolean totalCapped) {

    public PageResponse(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    /** The largest page a list answers, as {@code spring.data.web.pageable.max-page-size} for the lists that take a Pageable. */
    public static final int MAX_SIZE = 200;

    /** A requested page number (from 1), at least 1. */
    public static int page(int requested) {
        return Math.max(1, requested);
    }

    /** A requested page size, from 1 to {@link #MAX_SIZE}. */
    public static int size(int requested) {
        return Math.min(Math.max(1, requested), MAX_SIZE);
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getTotalElements(), page.getNumber() + 1, page.getSize());
    }
}
