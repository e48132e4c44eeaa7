package org.unionworks.platform.data;

import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.hibernate.Session;
import org.springframework.data.domain.Pageable;
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

    /** The identifier attribute of the entities listed this way. */
    private static final String ID = "id";

    @PersistenceContext
    private EntityManager em;

    private final boolean postgres;

    CappedPages(BulkWriter bulk) {
        this.postgres = bulk.postgres();
    }

    /** One page, turned into views a page at a time (so that what the views look up is looked up once per page). */
    public <E, V> PageResponse<V> find(Class<E> type, Specification<E> spec, Pageable pageable, Function<List<E>, List<V>> views) {
        planForTheValues();
        long total = count(type, spec);
        List<E> content = total == 0 ? List.of() : rows(type, ids(type, spec, pageable, total <= CAP));
        return new PageResponse<>(views.apply(content), Math.min(total, CAP), pageable.getPageNumber() + 1,
                pageable.getPageSize(), total > CAP);
    }

    /**
     * The page's ids first, then its rows: the ids of a search's matches come from the search's index
     * alone (it carries what the filters and the order need), so a page reads its 20 rows from the table
     * and not every match. A page of at most {@link #CAP} matches, counted just before, is sorted by an
     * expression that no index gives in order ({@link #notFromAnIndex}): PostgreSQL guesses a name
     * prefix's matches from a sample, and for a surname it guessed 23,000 of 2,000,000 members (there
     * were 341, all among the oldest) it walked the newest million by id to find 20 of them (650 ms).
     * Above the cap the matches are many, its guess is good and that walk is quick.
     */
    private <E> List<Object> ids(Class<E> type, Specification<E> spec, Pageable pageable, boolean few) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> q = cb.createQuery(Object.class);
        Root<E> root = q.from(type);
        q.select(root.get(ID));
        where(q, spec.toPredicate(root, q, cb));
        List<Order> orders = QueryUtils.toOrders(pageable.getSort(), root, cb);
        q.orderBy(few ? orders.stream().map(o -> notFromAnIndex(cb, o)).toList() : orders);
        return em.createQuery(q).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
    }

    /** The rows of these ids, in their order. */
    private <E> List<E> rows(Class<E> type, List<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> q = cb.createQuery(type);
        Root<E> root = q.from(type);
        q.where(root.get(ID).in(ids));
        Map<Object, E> byId = new HashMap<>();
        var units = em.getEntityManagerFactory().getPersistenceUnitUtil();
        for (E row : em.createQuery(q).getResultList()) {
            byId.put(units.getIdentifier(row), row);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The same order by {@code coalesce(x, x)}: the same values, which the database sorts rather than reads from x's index. */
    @SuppressWarnings("unchecked")
    private static Order notFromAnIndex(CriteriaBuilder cb, Order o) {
        Expression<Object> x = (Expression<Object>) o.getExpression();
        Expression<Object> same = cb.coalesce(x, x);
        return o.isAscending() ? cb.asc(same) : cb.desc(same);
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
        execute("set local plan_cache_mode = force_custom_plan");
    }

    private void execute(String setting) {
        if (postgres) {
            em.unwrap(Session.class).doWork(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(setting);
                }
            });
        }
    }

    private static void where(CriteriaQuery<?> q, Predicate p) {
        if (p != null) {
            q.where(p);
        }
    }
}
