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

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getTotalElements(), page.getNumber() + 1, page.getSize());
    }
}
