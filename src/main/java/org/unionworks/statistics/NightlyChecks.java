package org.unionworks.statistics;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;

/**
 * The checks all year: every night each unapproved return of the last completed statistical year is refreshed from the
 * records (drafts and returns sent back) and checked again, each in a transaction of its own.
 */
@Component
class NightlyChecks {

    private static final Logger log = LoggerFactory.getLogger(NightlyChecks.class);

    private final AnnualReturnRepository returns;
    private final AnnualReturnService service;
    private final ReportingPeriods periods;

    NightlyChecks(AnnualReturnRepository returns, AnnualReturnService service, ReportingPeriods periods) {
        this.returns = returns;
        this.service = service;
        this.periods = periods;
    }

    @Scheduled(cron = "${unionworks.statistics.checks-cron:0 30 1 * * *}")
    void run() {
        int year = periods.of(ReportingPeriods.Kind.STATISTICAL, null).year();
        var open = returns.findByStatYearAndStatusIn(year,
                EnumSet.of(AnnualReturn.Status.DRAFT, AnnualReturn.Status.RETURNED, AnnualReturn.Status.SUBMITTED));
        int failed = 0;
        for (AnnualReturn r : open) {
            try {
                service.recheck(r.getId());
            } catch (RuntimeException e) {
                failed++;
                log.warn("统计年报调查表{}的夜间检查失败：{}", r.getId(), e.getMessage());
            }
        }
        log.info("统计年报夜间检查：{}统计年度{}份调查表，{}份失败", year, open.size(), failed);
    }
}
