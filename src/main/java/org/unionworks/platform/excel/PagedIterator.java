package org.unionworks.platform.excel;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/** Walks a query page by page so an export never holds more than one page. */
public final class PagedIterator<T> implements Iterator<T> {

    private final IntFunction<Page<T>> fetch;
    private Page<T> page;
    private Iterator<T> current;

    public PagedIterator(IntFunction<Page<T>> fetch) {
        this.fetch = fetch;
        this.page = fetch.apply(0);
        this.current = page.iterator();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && page.hasNext()) {
            page = fetch.apply(page.getNumber() + 1);
            current = page.iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
