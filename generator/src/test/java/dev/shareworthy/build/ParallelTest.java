package dev.shareworthy.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void everyIndexRunsOnceOnThePoolsThreads() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
      java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
      pool.submit(() -> Parallel.forEach(runs.length(), i -> {
        runs.incrementAndGet(i);
        threads.add(Thread.currentThread());
      })).get();
      for (int i = 0; i < runs.length(); i++) {
        assertThat(runs.get(i)).as("index %d", i).isEqualTo(1);
      }
      assertThat(threads).allMatch(t -> t instanceof java.util.concurrent.ForkJoinWorkerThread);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFailureIsRethrownOnlyOnceEveryThreadHasStopped() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      CountDownLatch failed = new CountDownLatch(1);
      AtomicBoolean slowOneFinished = new AtomicBoolean();
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      // One thread takes index 0 and waits until the other has failed on index 1: forEach must wait for it.
      Runnable work = () -> Parallel.forEach(runs.length(), i -> {
        runs.incrementAndGet(i);
        if (i == 0) {
          try {
            assertThat(failed.await(30, TimeUnit.SECONDS)).as("the other thread took index 1").isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          slowOneFinished.set(true);
        } else if (i == 1) {
          failed.countDown();
          throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        }
      });
      assertThatThrownBy(() -> pool.submit(work).join()).hasRootCauseMessage("disk full");
      assertThat(slowOneFinished).as("still running when the failure was thrown").isTrue();
      // How many of the rest ran depends on timing (the waiting thread may take some before the failure stops the
      // handing out); none ran twice.
      for (int i = 0; i < runs.length(); i++) {
        assertThat(runs.get(i)).as("index %d", i).isLessThanOrEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
  }
}
