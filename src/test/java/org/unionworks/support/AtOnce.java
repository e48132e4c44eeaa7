package org.unionworks.support;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Users acting at the same moment: each action on a thread of its own, all released together once all are ready. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The actions' results, in the order of the actions. */
    @SafeVarargs
    public static <T> List<T> run(Supplier<T>... actions) {
        ExecutorService pool = Executors.newFixedThreadPool(actions.length);
        try {
            CountDownLatch ready = new CountDownLatch(actions.length);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<T>> answers = Arrays.stream(actions).map(action -> CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                await(start);
                return action.get();
            }, pool)).toList();
            await(ready);
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
