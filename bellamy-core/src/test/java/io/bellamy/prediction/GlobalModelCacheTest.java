package io.bellamy.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.bellamy.adaptation.ModelCalibrator;
import io.bellamy.baselines.FittedGradientBoosting;
import io.bellamy.data.C3oReader;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalModelCacheTest {

    private static List<RunRecord> grep;

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        grep = C3oReader.fromFileName().read(Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv"));
    }

    private GlobalModelCache cache() {
        return new GlobalModelCache(dir, warnings::add);
    }

    @Test
    void aNewProcessReadsTheModelFromDiskAndItPredictsIdentically() {
        AtomicInteger fits = new AtomicInteger();
        GlobalModelCache first = cache();
        GlobalModelCache.Lookup fitted = first.get("k", () -> {
            fits.incrementAndGet();
            return ModelCalibrator.globalModel(grep);
        });
        assertFalse(fitted.cached());
        assertSame(fitted.model(), first.get("k", () -> fail("fitted again")).model(),
                "the second lookup is answered from memory");
        GlobalModelCache.Lookup read = cache().get("k", () -> fail("fitted again"));
        assertTrue(read.cached());
        for (RunRecord r : grep) {
            assertEquals(fitted.model().predict(r), read.model().predict(r), 0.0, r.toString());
        }
        assertEquals(1, fits.get());
        assertEquals(1, first.hits());
        assertEquals(1, first.misses());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDamagedEntryIsReportedAndFittedAgain() throws IOException {
        FittedGradientBoosting model = ModelCalibrator.globalModel(grep.subList(0, 60));
        GlobalModelCache cache = cache();
        cache.get("k", () -> model);
        Path file = cache.file("k");
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] damaged : List.of(flip(bytes, bytes.length / 2), Arrays.copyOf(bytes,
                bytes.length / 2), "garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[0])) {
            Files.write(file, damaged);
            warnings.clear();
            AtomicInteger fits = new AtomicInteger();
            GlobalModelCache.Lookup again = cache().get("k", () -> {
                fits.incrementAndGet();
                return model;
            });
            assertFalse(again.cached());
            assertEquals(1, fits.get());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("ignoring the damaged cached global model "
                    + file + " ("), warnings.get(0));
            assertTrue(cache().get("k", () -> fail("fitted again")).cached(),
                    "the entry was written again");
            assertEquals(1, warnings.size(), "the rewritten entry reads without a warning");
        }
    }

    @Test
    void concurrentLookupsOfOneKeyFitOnce() throws Exception {
        GlobalModelCache cache = cache();
        AtomicInteger fits = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FittedGradientBoosting>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return cache.get("same", () -> {
                        fits.incrementAndGet();
                        return ModelCalibrator.globalModel(grep.subList(0, 60));
                    }).model();
                }));
            }
            start.countDown();
            FittedGradientBoosting one = futures.get(0).get();
            for (Future<FittedGradientBoosting> f : futures) {
                assertSame(one, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fits.get());
    }

    @Test
    void keepsTheNewestEntriesOnDiskAndNoTemporaryFiles() throws IOException {
        FittedGradientBoosting model = ModelCalibrator.globalModel(grep.subList(0, 12));
        GlobalModelCache cache = cache();
        for (int i = 0; i < GlobalModelCache.DISK_ENTRIES + 3; i++) {
            cache.get("k" + i, () -> model);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(GlobalModelCache.DISK_ENTRIES, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.endsWith(".bin")), names.toString());
        }
        assertTrue(Files.exists(cache.file("k" + (GlobalModelCache.DISK_ENTRIES + 2))),
                "the last entry written is kept");
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 1;
        return copy;
    }
}
