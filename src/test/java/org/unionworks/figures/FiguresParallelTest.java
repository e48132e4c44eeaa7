package org.unionworks.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;

/** One request's figures are computed by two threads at once, each shared figure once, and a failure is the request's. */
@Timeout(30)
class FiguresParallelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private static final OrgTree TREE = new OrgTree() {
        public Optional<String> pathOf(long unionId) {
            return Optional.of("/1/");
        }

        public Optional<String> nameOf(long unionId) {
            return Optional.of("市总工会");
        }

        public long rootId() {
            return 1;
        }

        public boolean isActive(long unionId) {
            return true;
        }

        public List<Long> federationsBelow(long unionId) {
            return List.of();
        }

        public List<Named> named(String text, String pathPattern, int limit) {
            return List.of();
        }
    };

    private final List<Figures> made = new ArrayList<>();

    private Figures figures(int parallelism, List<Indicator> indicators) {
        Figures f = new Figures(indicators, new Scopes(TREE), TREE, null, null, parallelism);
        made.add(f);
        return f;
    }

    @AfterEach
    void stop() {
        made.forEach(Figures::stop);
    }

    private static Indicator figure(String key, java.util.function.Function<FigureScope, Number> computation) {
        return Indicator.of(key, key, "个", true, key, computation);
    }

    private static List<Number> values(Figures f) {
        return f.compute(1, DAY, DAY.withDayOfYear(1), DAY, List.of()).stream().map(Figures.Value::value).toList();
    }

    /** Each of the two figures waits until the other has begun: only two threads at once let both through. */
    @Test
    void twoFiguresOfOneRequestAreComputedAtTheSameTime() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        java.util.function.Function<FigureScope, Number> meet = s -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS) ? 1 : 0;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(values(figures(2, List.of(figure("a", meet), figure("b", meet))))).containsExactly(1, 1);
    }

    /** Many rates built on the same two figures: each of those is computed once, and every rate gets it. */
    @Test
    void aFigureSeveralOthersAreBuiltOnIsComputedOnceAndTheBatchFinishes() {
        AtomicInteger baseRuns = new AtomicInteger();
        List<Indicator> indicators = new ArrayList<>();
        Figures[] self = new Figures[1];
        indicators.add(figure("base", s -> {
            baseRuns.incrementAndGet();
            sleep();
            return 10;
        }));
        for (int i = 0; i < 20; i++) {
            int n = i;
            indicators.add(figure("rate" + i, s -> self[0].value("base", s).intValue() + self[0].value(n % 2 == 0 ? "half" : "base", s).intValue()));
        }
        indicators.add(figure("half", s -> self[0].value("base", s).intValue() / 2));
        self[0] = figures(2, indicators);
        List<Number> v = values(self[0]);
        assertThat(v.get(0)).isEqualTo(10);
        assertThat(v.get(1)).isEqualTo(15);
        assertThat(v.get(2)).isEqualTo(20);
        assertThat(v.get(21)).isEqualTo(5);
        assertThat(baseRuns.get()).isEqualTo(1);
    }

    @Test
    void aFigureThatFailsFailsTheRequestWhicheverThreadComputedIt() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            indicators.add(figure("f" + i, s -> {
                sleep();
                if (n == 7) {
                    throw new IllegalStateException("figure 7 failed");
                }
                return n;
            }));
        }
        Figures f = figures(2, indicators);
        assertThatThrownBy(() -> values(f)).hasMessage("figure 7 failed");
        assertThat(values(figures(1, indicators.subList(0, 7)))).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
