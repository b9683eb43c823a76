package io.bellamy.prediction;

import io.bellamy.model.ModelFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fine-tuned weights by key (model version, request context, history digest), in memory (least
 * recently used first out) and optionally on disk. Concurrent requests for the same key compute
 * once (single flight). A damaged disk entry is reported, ignored and recomputed; entries are
 * written atomically, and the {@link #DISK_ENTRIES} newest are kept (an entry is about 10 KB).
 */
public final class FineTuneCache {

    /** Most entries kept on disk (the oldest written go first). */
    public static final int DISK_ENTRIES = 1024;

    private static final int MAGIC = 0x42465443; // "BFTC"
    private static final int VERSION = 1;
    private static final int MAX_WEIGHTS = 10_000_000;

    private final SingleFlightCache<double[]> entries;

    /**
     * A cache that ignores damaged disk entries silently.
     *
     * @param dir directory for disk entries, or {@code null} for memory only
     * @param maxEntries most entries kept in memory
     */
    public FineTuneCache(Path dir, int maxEntries) {
        this(dir, maxEntries, message -> { });
    }

    /**
     * @param dir directory for disk entries, or {@code null} for memory only
     * @param maxEntries most entries kept in memory
     * @param warnings receives one line for every damaged disk entry ignored
     */
    public FineTuneCache(Path dir, int maxEntries, Consumer<String> warnings) {
        this(dir, maxEntries, DISK_ENTRIES, warnings);
    }

    /** With {@code maxDiskEntries} instead of {@link #DISK_ENTRIES} (for tests). */
    FineTuneCache(Path dir, int maxEntries, int maxDiskEntries, Consumer<String> warnings) {
        this.entries = new SingleFlightCache<>("fine-tuned weights", dir, maxEntries,
                maxDiskEntries, new WeightsCodec(), warnings);
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
        SingleFlightCache.Found<double[]> found = entries.get(key, () -> compute.get().clone());
        return new Lookup(found.value(), found.cached());
    }

    /** Lookups answered from the cache (or by waiting on another caller's computation). */
    public long hits() {
        return entries.hits();
    }

    /** Lookups that computed. */
    public long misses() {
        return entries.misses();
    }

    /** The disk file of a key's entry ({@code null} for a memory-only cache), for tests. */
    Path file(String key) {
        return entries.file(key);
    }

    /** {@code "BFTC"}, version, count, the weights, and the SHA-256 of the weights. */
    private static final class WeightsCodec implements SingleFlightCache.Codec<double[]> {
        @Override
        public byte[] encode(double[] weights) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 8 * weights.length + 32);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(weights.length);
                for (double w : weights) {
                    out.writeDouble(w);
                }
                out.write(HexFormat.of().parseHex(ModelFile.sha256(weights)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to memory", e);
            }
            return bytes.toByteArray();
        }

        @Override
        public double[] decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (bytes.length < 12 || in.readInt() != MAGIC || in.readInt() != VERSION) {
                    throw new IllegalArgumentException("not fine-tuned weights of version "
                            + VERSION);
                }
                int n = in.readInt();
                if (n < 0 || n > MAX_WEIGHTS || bytes.length != 12 + 8L * n + 32) {
                    throw new IllegalArgumentException("truncated or of the wrong length ("
                            + bytes.length + " bytes)");
                }
                double[] weights = new double[n];
                for (int i = 0; i < n; i++) {
                    weights[i] = in.readDouble();
                }
                byte[] stored = in.readNBytes(32);
                if (!Arrays.equals(stored, HexFormat.of().parseHex(ModelFile.sha256(weights)))) {
                    throw new IllegalArgumentException("the weights do not match their checksum");
                }
                return weights;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read from memory", e);
            }
        }
    }
}
