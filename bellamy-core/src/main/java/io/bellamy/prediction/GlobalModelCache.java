package io.bellamy.prediction;

import io.bellamy.baselines.FittedGradientBoosting;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The default method's global gradient-boosting models by key (see
 * {@link PredictionService}: model version and a digest of the runs the model learns from), in
 * memory and optionally on disk, so that a new process does not fit the model again. Concurrent
 * requests for one key fit once (single flight). Disk entries are written atomically and carry a
 * SHA-256 of their content; a damaged one is reported, ignored and fitted again. At most
 * {@value #DISK_ENTRIES} entries stay on disk (the oldest written go first): a new run of any
 * other context makes a new key. Thread-safe.
 */
public final class GlobalModelCache {

    /** Most entries kept on disk. */
    public static final int DISK_ENTRIES = 32;

    private static final int MAGIC = 0x42474d43; // "BGMC"
    private static final int VERSION = 1;
    private static final int SHA256_BYTES = 32;
    private static final int MEMORY_ENTRIES = 16;

    private final SingleFlightCache<FittedGradientBoosting> entries;

    /**
     * @param dir directory of the disk entries, or {@code null} for memory only
     * @param warnings receives one line for every damaged disk entry ignored
     */
    public GlobalModelCache(Path dir, Consumer<String> warnings) {
        this.entries = new SingleFlightCache<>("global model", dir, MEMORY_ENTRIES, DISK_ENTRIES,
                new ModelCodec(), warnings);
    }

    /** A memory-only cache. */
    public static GlobalModelCache inMemory() {
        return new GlobalModelCache(null, message -> { });
    }

    /** The result of a lookup: the model and whether it was cached. */
    public record Lookup(FittedGradientBoosting model, boolean cached) {
    }

    /**
     * The model for {@code key}, fitting it with {@code fit} when neither memory nor disk has
     * it; concurrent callers with the same key wait for one fit.
     */
    public Lookup get(String key, Supplier<FittedGradientBoosting> fit) {
        SingleFlightCache.Found<FittedGradientBoosting> found = entries.get(key, fit);
        return new Lookup(found.value(), found.cached());
    }

    /** Lookups answered from the cache (or by waiting on another caller's fit). */
    public long hits() {
        return entries.hits();
    }

    /** Lookups that fitted. */
    public long misses() {
        return entries.misses();
    }

    /** The disk file of a key's entry ({@code null} for a memory-only cache), for tests. */
    Path file(String key) {
        return entries.file(key);
    }

    /** {@code "BGMC"}, version, length, the model's bytes, and their SHA-256. */
    private static final class ModelCodec
            implements SingleFlightCache.Codec<FittedGradientBoosting> {
        @Override
        public byte[] encode(FittedGradientBoosting model) {
            byte[] payload = model.toBytes();
            return ByteBuffer.allocate(12 + payload.length + SHA256_BYTES).putInt(MAGIC)
                    .putInt(VERSION).putInt(payload.length).put(payload).put(sha256(payload))
                    .array();
        }

        @Override
        public FittedGradientBoosting decode(byte[] bytes) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (bytes.length < 12 || in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IllegalArgumentException("not a global model of version " + VERSION);
            }
            int length = in.getInt();
            if (length < 0 || length != bytes.length - 12 - SHA256_BYTES) {
                throw new IllegalArgumentException("truncated or of the wrong length ("
                        + bytes.length + " bytes)");
            }
            byte[] payload = new byte[length];
            in.get(payload);
            byte[] stored = new byte[SHA256_BYTES];
            in.get(stored);
            if (!Arrays.equals(stored, sha256(payload))) {
                throw new IllegalArgumentException("the content does not match its checksum");
            }
            return FittedGradientBoosting.fromBytes(payload);
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }
    }
}
