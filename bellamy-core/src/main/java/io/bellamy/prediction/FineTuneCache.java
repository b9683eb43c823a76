package io.bellamy.prediction;

import io.bellamy.model.ModelFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Fine-tuned weights by key (model version, request context, history digest), in memory (least
 * recently used first out) and optionally on disk. Concurrent requests for the same key compute
 * once (single flight). A damaged disk entry is ignored and recomputed.
 */
public final class FineTuneCache {

    private static final int MAGIC = 0x42465443; // "BFTC"
    private static final int VERSION = 1;

    private final Path dir;
    private final Map<String, double[]> memory;
    private final ConcurrentHashMap<String, CompletableFuture<double[]>> inFlight =
            new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param dir directory for disk entries, or {@code null} for memory only
     * @param maxEntries most entries kept in memory
     */
    public FineTuneCache(Path dir, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("cache size must be >= 1, got " + maxEntries);
        }
        this.dir = dir;
        this.memory = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** A memory-only cache. */
    public static FineTuneCache inMemory() {
        return new FineTuneCache(null, 256);
    }

    /** The result of a lookup: the weights and whether they were cached. */
    public record Lookup(double[] weights, boolean cached) { }

    /**
     * The weights for {@code key}, computing them with {@code compute} when neither memory nor
     * disk has them; concurrent callers with the same key wait for one computation.
     */
    public Lookup get(String key, Supplier<double[]> compute) {
        String id = id(key);
        double[] found = fromMemory(id);
        if (found == null) {
            found = fromDisk(id);
            if (found != null) {
                putMemory(id, found);
            }
        }
        if (found != null) {
            hits.incrementAndGet();
            return new Lookup(found, true);
        }
        CompletableFuture<double[]> mine = new CompletableFuture<>();
        CompletableFuture<double[]> theirs = inFlight.putIfAbsent(id, mine);
        if (theirs != null) {
            hits.incrementAndGet();
            return new Lookup(theirs.join(), true);
        }
        misses.incrementAndGet();
        try {
            double[] weights = compute.get().clone();
            putMemory(id, weights);
            toDisk(id, weights);
            mine.complete(weights);
            return new Lookup(weights, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    /** Lookups answered from the cache (or by waiting on another caller's computation). */
    public long hits() {
        return hits.get();
    }

    /** Lookups that computed. */
    public long misses() {
        return misses.get();
    }

    private synchronized double[] fromMemory(String id) {
        return memory.get(id);
    }

    private synchronized void putMemory(String id, double[] weights) {
        memory.put(id, weights);
    }

    private double[] fromDisk(String id) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(id + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        // buffered: a double per read call would be a system call per weight
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int n = in.readInt();
            if (n < 0 || n > 10_000_000) {
                return null;
            }
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = in.readDouble();
            }
            byte[] stored = in.readNBytes(32);
            return Arrays.equals(stored, HexFormat.of().parseHex(ModelFile.sha256(weights))) ? weights : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void toDisk(String id, double[] weights) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 8 * weights.length + 32);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(weights.length);
                for (double w : weights) {
                    out.writeDouble(w);
                }
                out.write(HexFormat.of().parseHex(ModelFile.sha256(weights)));
            }
            Path tmp = Files.createTempFile(dir, "." + id, ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                try {
                    Files.move(tmp, dir.resolve(id + ".bin"), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, dir.resolve(id + ".bin"), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // the disk cache is an optimisation: a failed write only costs a later recomputation
        }
    }

    private static String id(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
