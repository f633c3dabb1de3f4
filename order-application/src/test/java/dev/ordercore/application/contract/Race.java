package dev.ordercore.application.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs tasks on their own threads, released together, and answers what each returned or threw. */
public final class Race {

    /** How one contender ended: with a value, or with what it threw. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Race() {
    }

    public static <T> List<Outcome<T>> run(int contenders, IntFunction<Callable<T>> task) {
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        CountDownLatch ready = new CountDownLatch(contenders);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<T> work = task.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(work.call(), null);
                    } catch (Exception | Error e) {
                        return new Outcome<T>(null, e);
                    }
                }));
            }
            ready.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                outcomes.add(f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("the race did not finish", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
