package io.bellamy.prediction;

import io.bellamy.model.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Values by key, in memory (least recently used first out) and optionally on disk, one file per
 * key named by the SHA-256 of the key. Concurrent lookups of one key compute once (single
 * flight). A disk entry is written to a temporary file and moved into place, so a crash never
 * leaves half an entry under its name; an entry the codec refuses (damaged, or of another
 * format) is reported to the warning sink, ignored and computed again. Disk failures never fail
 * a lookup: the disk is an optimisation. Thread-safe.
 *
 * @param <V> the cached values, immutable or never modified by callers
 */
final class SingleFlightCache<V> {

    /** The binary form of the values on disk. */
    interface Codec<V> {
        /** The bytes of {@code value}. */
        byte[] encode(V value);

        /**
         * The value of {@code bytes}.
         *
         * @throws IllegalArgumentException when the bytes are not a value of this codec
         */
        V decode(byte[] bytes);
    }

    /** A value and whether it came from the cache (or from another caller's computation). */
    record Found<V>(V value, boolean cached) {
    }

    private final String what;
    private final Path dir;
    private final int maxDiskEntries;
    private final Codec<V> codec;
    private final Consumer<String> warnings;
    private final Map<String, V> memory;
    private final ConcurrentHashMap<String, CompletableFuture<V>> inFlight =
            new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * @param what what the values are, for warnings (e.g. "fine-tuned weights")
     * @param dir directory of the disk entries, or {@code null} for memory only
     * @param maxEntries most entries kept in memory, at least 1
     * @param maxDiskEntries most entries kept on disk (the oldest written go first), or 0 for
     *     no limit
     * @param codec the values' binary form
     * @param warnings receives one line for every disk entry ignored as damaged
     */
    SingleFlightCache(String what, Path dir, int maxEntries, int maxDiskEntries, Codec<V> codec,
            Consumer<String> warnings) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("cache size must be >= 1, got " + maxEntries);
        }
        if (maxDiskEntries < 0) {
            throw new IllegalArgumentException("disk cache size must be >= 0, got "
                    + maxDiskEntries);
        }
        this.what = Objects.requireNonNull(what, "what");
        this.dir = dir;
        this.maxDiskEntries = maxDiskEntries;
        this.codec = Objects.requireNonNull(codec, "codec");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.memory = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * The value for {@code key}, computing it with {@code compute} when neither memory nor disk
     * has it; concurrent callers with the same key wait for one computation. A computation that
     * throws is not cached, and its exception reaches every caller waiting for it.
     */
    Found<V> get(String key, Supplier<V> compute) {
        String id = id(key);
        V found = fromMemory(id);
        if (found == null) {
            found = fromDisk(id);
            if (found != null) {
                putMemory(id, found);
            }
        }
        if (found != null) {
            hits.incrementAndGet();
            return new Found<>(found, true);
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = inFlight.putIfAbsent(id, mine);
        if (theirs != null) {
            hits.incrementAndGet();
            return new Found<>(theirs.join(), true);
        }
        misses.incrementAndGet();
        try {
            V value = Objects.requireNonNull(compute.get(), "computed value");
            putMemory(id, value);
            toDisk(id, value);
            mine.complete(value);
            return new Found<>(value, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    /** Lookups answered from the cache (or by waiting on another caller's computation). */
    long hits() {
        return hits.get();
    }

    /** Lookups that computed. */
    long misses() {
        return misses.get();
    }

    /** The file of a key's disk entry ({@code null} without a directory), for tests. */
    Path file(String key) {
        return dir == null ? null : dir.resolve(id(key) + ".bin");
    }

    private synchronized V fromMemory(String id) {
        return memory.get(id);
    }

    private synchronized void putMemory(String id, V value) {
        memory.put(id, value);
    }

    private V fromDisk(String id) {
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(id + ".bin");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            warnings.accept("cannot read the cached " + what + " " + file + " (" + e
                    + "); computing again");
            return null;
        }
        try {
            return codec.decode(bytes);
        } catch (RuntimeException e) {
            // whatever the bytes hold, a damaged entry costs a recomputation, never the lookup
            warnings.accept("ignoring the damaged cached " + what + " " + file + " ("
                    + (e instanceof IllegalArgumentException ? e.getMessage() : e.toString())
                    + "); computing again");
            return null;
        }
    }

    private void toDisk(String id, V value) {
        if (dir == null) {
            return;
        }
        try {
            byte[] bytes = codec.encode(value);
            Path file = dir.resolve(id + ".bin");
            // not forced to the disk: an entry lost in a crash costs a recomputation, and a torn one
            // fails its checksum
            AtomicFile.write(file, bytes, "." + id, false);
            if (maxDiskEntries > 0) {
                prune(file);
            }
        } catch (IOException | RuntimeException e) {
            // the disk cache is an optimisation: a failed write only costs a later recomputation
        }
    }

    /** Deletes the oldest entries beyond {@link #maxDiskEntries}, never {@code written}. */
    private void prune(Path written) throws IOException {
        record Entry(Path file, FileTime modified) {
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.bin")) {
            for (Path f : files) {
                try {
                    entries.add(new Entry(f, Files.getLastModifiedTime(f)));
                } catch (NoSuchFileException gone) {
                    // pruned by another process meanwhile
                }
            }
        }
        if (entries.size() <= maxDiskEntries) {
            return;
        }
        entries.sort((a, b) -> a.modified().compareTo(b.modified()));
        int excess = entries.size() - maxDiskEntries;
        for (Entry e : entries) {
            if (excess == 0) {
                break;
            }
            if (!e.file().equals(written)) {
                Files.deleteIfExists(e.file());
                excess--;
            }
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
