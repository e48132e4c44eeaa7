package org.unionworks.platform.web;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of a list, with the total for the pager. Pages are numbered from 1. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getTotalElements(), page.getNumber() + 1, page.getSize());
    }
}
