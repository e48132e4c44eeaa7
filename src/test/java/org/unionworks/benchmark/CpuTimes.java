package org.unionworks.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM, by its import threads, and by the PostgreSQL processes of this machine (read from
 * /proc; 0 where the database runs elsewhere or /proc is absent): where an import's time goes when both cores are busy.
 */
record CpuTimes(double jvm, double importThreads, double postgres) {

    private static final double TICKS_PER_SECOND = 100;

    static CpuTimes now() {
        return new CpuTimes(jvmSeconds(), importThreadSeconds(), postgresSeconds());
    }

    CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(jvm - earlier.jvm, importThreads - earlier.importThreads, postgres - earlier.postgres);
    }

    /** CPU spent since it began, in all and by this JVM's threads: an import's span. */
    static final class Span {
        final Threads threads = new Threads();
        private final CpuTimes start = now();

        CpuTimes spent() {
            return now().minus(start);
        }
    }

    /**
     * This JVM's threads' CPU from /proc/self/task, sampled while something runs (a thread that ends between samples counts
     * up to its last sample), summed by name without its trailing number ("import-1" and "import-2" as "import-").
     */
    static final class Threads {
        private final Map<String, Long> first = ticksByThread();
        private final Map<String, Long> last = new ConcurrentHashMap<>();

        void sample() {
            last.putAll(ticksByThread());
        }

        String busiest(int limit) {
            return byName().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                    .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / TICKS_PER_SECOND)).collect(Collectors.joining(", "));
        }

        /** CPU seconds of the JIT's compiler threads (C1 and C2) since this began. */
        double compiler() {
            return byName().entrySet().stream().filter(e -> e.getKey().contains("CompilerThre")).mapToLong(Map.Entry::getValue).sum()
                    / TICKS_PER_SECOND;
        }

        /** CPU ticks since this began, by thread name without its trailing number. */
        private Map<String, Long> byName() {
            sample();
            Map<String, Long> byName = new HashMap<>();
            last.forEach((thread, ticks) -> byName.merge(thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9]+$", ""),
                    ticks - first.getOrDefault(thread, 0L), Long::sum));
            return byName;
        }

        /** utime + stime by "tid name" of each of this JVM's threads now. */
        private static Map<String, Long> ticksByThread() {
            Map<String, Long> ticks = new HashMap<>();
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                tasks.forEach(task -> stat(task).ifPresent(stat -> ticks.put(task.getFileName() + " " + stat.name(), stat.ticks())));
            } catch (IOException e) {
                // no /proc here: nothing to say
            }
            return ticks;
        }
    }

    private static double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The import engine's pooled threads ("import-N"), alive between imports. */
    private static double importThreadSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("import-")) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    private static double postgresSeconds() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(proc)) {
            return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .flatMap(p -> stat(p).stream()).filter(stat -> stat.name().equals("postgres")).mapToLong(Stat::ticks).sum()
                    / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    /** A process's or thread's name and CPU ticks (utime + stime, fields 14 and 15 of its stat, after the name in parentheses). */
    private record Stat(String name, long ticks) {
    }

    private static java.util.Optional<Stat> stat(Path processOrThread) {
        try {
            String stat = Files.readString(processOrThread.resolve("stat"));
            int close = stat.lastIndexOf(')');
            String[] fields = stat.substring(close + 2).split(" ");
            return java.util.Optional.of(new Stat(stat.substring(stat.indexOf('(') + 1, close),
                    Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
