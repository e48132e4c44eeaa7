package org.unionworks.statistics;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;

/**
 * The checks all year: every night (and on 全部重新检查) each return of the year not yet approved is refreshed from the
 * records (drafts and returns sent back) and checked again — the grassroots drafts in bulk, the rest one by one, each in a
 * transaction of its own.
 */
@Component
class NightlyChecks {

    private static final Logger log = LoggerFactory.getLogger(NightlyChecks.class);

    private final AnnualReturnRepository returns;
    private final AnnualReturnService service;
    private final YearRefresh refresh;
    private final ReportingPeriods periods;
    private final OrgTree orgTree;
    private final Subtrees subtrees;

    NightlyChecks(AnnualReturnRepository returns, AnnualReturnService service, YearRefresh refresh, ReportingPeriods periods,
                  OrgTree orgTree, Subtrees subtrees) {
        this.returns = returns;
        this.service = service;
        this.refresh = refresh;
        this.periods = periods;
        this.orgTree = orgTree;
        this.subtrees = subtrees;
    }

    @Scheduled(cron = "${unionworks.statistics.checks-cron:0 30 1 * * *}")
    void run() {
        int year = periods.of(ReportingPeriods.Kind.STATISTICAL, null).year();
        long started = System.nanoTime();
        int[] counts = recheckAll(year, orgTree.rootId());
        log.info("统计年报夜间检查：{}统计年度{}份调查表（其中{}份批量取数），{}份失败，用时{}秒", year, counts[0], counts[1], counts[2],
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Refreshes and checks the year's returns under the union not yet approved; returns how many, how many in bulk, how many failed. */
    int[] recheckAll(int year, long under) {
        Set<Long> bulk = new HashSet<>(refresh.refreshOpen(periods.of(ReportingPeriods.Kind.STATISTICAL, year), under));
        var open = returns.findAll(subtrees.<AnnualReturn>under(under).and((r, q, cb) -> cb.and(cb.equal(r.get("statYear"), year),
                r.get("status").in(EnumSet.of(AnnualReturn.Status.DRAFT, AnnualReturn.Status.RETURNED, AnnualReturn.Status.SUBMITTED)))));
        int failed = 0;
        for (AnnualReturn r : open) {
            if (bulk.contains(r.getId())) {
                continue;
            }
            try {
                service.recheck(r.getId());
            } catch (RuntimeException e) {
                failed++;
                log.warn("统计年报调查表{}的检查失败：{}", r.getId(), e.getMessage());
            }
        }
        return new int[] {open.size(), bulk.size(), failed};
    }
}
