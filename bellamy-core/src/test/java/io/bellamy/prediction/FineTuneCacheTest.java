package io.bellamy.prediction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FineTuneCacheTest {

    @TempDir
    Path dir;

    @Test
    void computesOnceThenServesFromMemoryAndDisk() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        FineTuneCache cache = new FineTuneCache(dir, 4);
        FineTuneCache.Lookup first = cache.get("k", () -> {
            computed.incrementAndGet();
            return new double[] {1.5, -2.25};
        });
        assertFalse(first.cached());
        assertTrue(cache.get("k", () -> new double[] {9}).cached());
        // a new cache over the same directory reads the disk entry
        FineTuneCache reopened = new FineTuneCache(dir, 4);
        FineTuneCache.Lookup fromDisk = reopened.get("k", () -> new double[] {9});
        assertTrue(fromDisk.cached());
        assertArrayEquals(new double[] {1.5, -2.25}, fromDisk.weights());
        assertEquals(1, computed.get());
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void keepsTheNewestEntriesOnDisk() throws Exception {
        int kept = 8;
        FineTuneCache cache = new FineTuneCache(dir, 4, kept, message -> { });
        int written = kept + 3;
        for (int i = 0; i < written; i++) {
            double value = i;
            cache.get("k" + i, () -> new double[] {value});
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(kept, files.count());
        }
        FineTuneCache reopened = new FineTuneCache(dir, 4, kept, message -> { });
        FineTuneCache.Lookup last = reopened.get("k" + (written - 1), () -> new double[] {-1});
        assertTrue(last.cached(), "the last entry written is kept");
        assertArrayEquals(new double[] {written - 1}, last.weights());
        assertTrue(FineTuneCache.DISK_ENTRIES >= 256, "the default keeps a useful history");
    }

    @Test
    void damagedDiskEntryIsRecomputed() throws Exception {
        new FineTuneCache(dir, 4).get("k", () -> new double[] {1, 2, 3});
        try (var files = Files.list(dir)) {
            Path entry = files.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(entry);
            bytes[20] ^= 1;
            Files.write(entry, bytes);
        }
        FineTuneCache.Lookup again = new FineTuneCache(dir, 4).get("k", () -> new double[] {7});
        assertFalse(again.cached());
        assertArrayEquals(new double[] {7}, again.weights());
    }

    @Test
    void concurrentRequestsForOneKeyComputeOnce() throws Exception {
        FineTuneCache cache = FineTuneCache.inMemory();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] futures = new Future<?>[8];
            for (int i = 0; i < futures.length; i++) {
                futures[i] = pool.submit(() -> {
                    start.await();
                    return cache.get("same", () -> {
                        computed.incrementAndGet();
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return new double[] {42};
                    }).weights()[0];
                });
            }
            start.countDown();
            for (Future<?> f : futures) {
                assertEquals(42.0, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get());
    }
}
