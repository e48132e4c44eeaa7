package org.unionworks.platform.data;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hibernate.Session;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.unionworks.platform.web.PageResponse;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Pages of a list of millions of rows (the member register): the total is counted up to {@link #CAP}
 * and then given as "10,000 or more", because counting every member of a city or every name beginning
 * with a common surname costs more than the page itself, on every page turn.
 */
@Component
public class CappedPages {

    public static final int CAP = 10_000;

    @PersistenceContext
    private EntityManager em;

    private final boolean postgres;

    CappedPages(BulkWriter bulk) {
        this.postgres = bulk.postgres();
    }

    /**
     * One page, turned into views a page at a time (so that what the views look up is looked up once
     * per page). {@code search}: the rows are what a search found, to be sorted once found (see {@link #orders}).
     */
    public <E, V> PageResponse<V> find(Class<E> type, Specification<E> spec, Pageable pageable, boolean search,
                                       Function<List<E>, List<V>> views) {
        planForTheValues();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> q = cb.createQuery(type);
        Root<E> root = q.from(type);
        where(q, spec.toPredicate(root, q, cb));
        q.orderBy(orders(pageable.getSort(), root, cb, search));
        List<E> content = em.createQuery(q).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        long total = pageable.getOffset() == 0 && content.size() < pageable.getPageSize() ? content.size() : count(type, spec);
        return new PageResponse<>(views.apply(content), Math.min(total, CAP), pageable.getPageNumber() + 1,
                pageable.getPageSize(), total > CAP);
    }

    /** The number of matching rows, stopping at CAP + 1. */
    private <E> long count(Class<E> type, Specification<E> spec) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Integer> q = cb.createQuery(Integer.class);
        Root<E> root = q.from(type);
        q.select(cb.literal(1));
        where(q, spec.toPredicate(root, q, cb));
        return em.createQuery(q).setMaxResults(CAP + 1).getResultList().size();
    }

    /**
     * On PostgreSQL the page's statements are planned for the values they run with, for the rest of
     * the transaction: the lists are skewed (a common surname and a rare one, the whole city and one
     * town), and the driver's prepared statements otherwise switch after five runs to one generic
     * plan, which for a name search walked a million members (0.6 s; 20 s for a rare name). Not for
     * the whole application: an import's thousand-value lookups, planned each time, took 36 % longer.
     */
    private void planForTheValues() {
        if (postgres) {
            em.unwrap(Session.class).doWork(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("set local plan_cache_mode = force_custom_plan");
                }
            });
        }
    }

    /**
     * A search's matches are sorted by {@code id + 0} rather than {@code id}: ordered by the key
     * itself, PostgreSQL may walk the key's index newest first and test every row against the search
     * (it expects matches to be spread evenly; after an import of a million rows named otherwise it read
     * a million rows for a page, 0.5 s, instead of finding the 150 matches by the name index, 2 ms).
     */
    private static List<Order> orders(Sort sort, Root<?> root, CriteriaBuilder cb, boolean search) {
        List<Order> orders = QueryUtils.toOrders(sort, root, cb);
        if (!search) {
            return orders;
        }
        List<Sort.Order> requested = sort.toList();
        List<Order> sorted = new ArrayList<>(orders);
        for (int i = 0; i < requested.size(); i++) {
            if (requested.get(i).getProperty().equals("id")) {
                Expression<Long> key = cb.sum(root.<Long>get("id"), 0L);
                sorted.set(i, requested.get(i).isAscending() ? cb.asc(key) : cb.desc(key));
            }
        }
        return sorted;
    }

    private static void where(CriteriaQuery<?> q, Predicate p) {
        if (p != null) {
            q.where(p);
        }
    }
}
