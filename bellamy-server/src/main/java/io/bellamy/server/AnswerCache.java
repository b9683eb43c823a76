package io.bellamy.server;

import io.bellamy.data.PredictionRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers of {@code POST /v1/predictions} by call (least recently used first out), so that a
 * repeated call is answered without reading the store's runs or predicting again. An answer is
 * given again only while what it was computed from is unchanged: the same loaded model (a new
 * model file is a new {@link ModelCatalog.Loaded}) and the same store change count (any run
 * added, by this server or another process, changes it). The server's configuration is fixed for
 * its lifetime, and the predictions are deterministic given these, so a hit is exactly the
 * answer a new computation would give (up to how long it took). A call whose texts exceed
 * {@link #MAX_KEPT_CHARS} is not kept, so the cache stays within a few MB whatever clients send.
 * Thread-safe.
 */
final class AnswerCache {

    /** The most characters of text (algorithm and request strings) of a call kept. */
    static final int MAX_KEPT_CHARS = 4096;

    /** An answer and what it was computed from. */
    private record Entry(ModelCatalog.Loaded model, long changeCount, Predictor.Answer answer) {
    }

    private final Map<PredictionCall, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param maxEntries most answers kept, at least 1 */
    AnswerCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("answer cache size must be >= 1, got "
                    + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<PredictionCall, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * The answer to {@code call} computed from this model and store state, or {@code null} (a
     * miss, counted).
     */
    Predictor.Answer find(PredictionCall call, ModelCatalog.Loaded model, long changeCount) {
        Entry e;
        synchronized (this) {
            e = entries.get(call);
        }
        if (e != null && e.model() == model && e.changeCount() == changeCount) {
            hits.incrementAndGet();
            return e.answer();
        }
        misses.incrementAndGet();
        return null;
    }

    /**
     * Keeps the answer to {@code call}.
     *
     * @param changeCount the store's change count read before the runs the answer used, so that
     *     a run added meanwhile makes the entry stale rather than wrong
     */
    void put(PredictionCall call, ModelCatalog.Loaded model, long changeCount,
            Predictor.Answer answer) {
        if (chars(call) > MAX_KEPT_CHARS) {
            return;
        }
        synchronized (this) {
            entries.put(call, new Entry(model, changeCount, answer));
        }
    }

    private static long chars(PredictionCall call) {
        PredictionRequest r = call.request();
        return (long) call.algorithm().length() + r.machineType().length() + r.jobArgs().length()
                + r.dataCharacteristics().length() + r.environment().length()
                + r.jobType().length();
    }

    /** Calls answered from the cache. */
    long hits() {
        return hits.get();
    }

    /** Calls that were computed. */
    long misses() {
        return misses.get();
    }
}
