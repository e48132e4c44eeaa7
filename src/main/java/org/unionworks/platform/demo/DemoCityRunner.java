package org.unionworks.platform.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;

/**
 * Fills an empty database with the demo city when started with {@code --unionworks.demo=small|city|large|province},
 * then leaves the application running to explore it; {@code --unionworks.demo-modules=member,funds} limits it to those
 * modules' parts (and the union tree with its employers, which every part needs).
 */
@Component
class DemoCityRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCityRunner.class);

    private final List<DemoContributor> contributors;
    private final String size;
    private final JdbcClient jdbc;
    private final boolean postgres;

    DemoCityRunner(List<DemoContributor> contributors, @Value("${unionworks.demo:}") String size,
                   @Value("${unionworks.demo-modules:}") List<String> modules, JdbcClient jdbc, BulkWriter bulk) {
        this.contributors = contributors.stream()
                .filter(c -> modules.isEmpty() || modules.contains(moduleOf(c)) || "org".equals(moduleOf(c)))
                .sorted(Comparator.comparingInt(DemoContributor::order)).toList();
        this.size = size;
        this.jdbc = jdbc;
        this.postgres = bulk.postgres();
    }

    /** The business module a contributor belongs to: its package under {@code org.unionworks}. */
    private static String moduleOf(DemoContributor c) {
        String name = c.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!size.isBlank()) {
            generate(DemoCity.Size.valueOf(size.trim().toUpperCase(Locale.ROOT)));
        }
    }

    /** Generates the whole city and returns it (for the benchmark, which then measures on it). */
    DemoCity generate(DemoCity.Size s) {
        DemoCity city = new DemoCity(s, LocalDate.now(), 20_261_124L);
        long started = System.nanoTime();
        log.info("示范城市（{}）生成开始", s);
        for (DemoContributor c : contributors) {
            long t = System.nanoTime();
            String line = c.contribute(city);
            log.info("示范城市：{}（{} 秒）", line, String.format("%.1f", (System.nanoTime() - t) / 1e9));
        }
        analyze();
        log.info("示范城市（{}）生成完成，用时 {} 秒", s, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return city;
    }

    /**
     * Statistics for what was just loaded, as after any bulk load (pg_restore's advice too): until autovacuum gets to the
     * tables a minute or so later, PostgreSQL plans on statistics of nearly empty tables, and the first imports and
     * dashboards on the new city ran on plans chosen for them, differently from one start to the next.
     */
    private void analyze() {
        if (postgres) {
            long t = System.nanoTime();
            jdbc.sql("analyze").update();
            log.info("示范城市：统计信息已更新（{} 秒）", String.format("%.1f", (System.nanoTime() - t) / 1e9));
        }
    }
}
