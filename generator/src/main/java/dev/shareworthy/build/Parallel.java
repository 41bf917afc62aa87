package dev.shareworthy.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Work over a list's indexes on every thread of a build's pool, handed out one index at a time. */
public final class Parallel {

  private Parallel() {}

  /**
   * Calls {@code action} for 0 to {@code count - 1} on every thread of the current fork-join pool (the build's,
   * else the common pool), each taking the next index as it gets free. A parallel stream splits the work into a
   * few large runs up front, and the run that ends last kept one core busy alone: for up to a second of a
   * 10,000-post build. The first exception stops the handing out; it is rethrown once every thread has stopped,
   * so nothing is still writing when the caller cleans up.
   */
  public static void forEach(int count, IntConsumer action) {
    boolean inPool = ForkJoinTask.inForkJoinPool();
    ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          action.accept(i);
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        next.set(count);
      }
    };
    // This thread works too: inside the pool it is one of its threads, outside it is one more.
    int helpers = Math.min(Math.max(0, pool.getParallelism() - (inPool ? 1 : 0)), count);
    List<ForkJoinTask<?>> forked = new ArrayList<>(helpers);
    for (int h = 0; h < helpers; h++) {
      forked.add(pool.submit(worker));
    }
    worker.run();
    forked.forEach(ForkJoinTask::join);
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }
}
