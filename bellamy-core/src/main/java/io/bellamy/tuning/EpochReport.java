package io.bellamy.tuning;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a trial reports after one epoch.
 *
 * @param epoch the epoch just finished, from 1
 * @param metric the metric the search minimises (SPEC §5: the validation loss); a non-finite
 *     value fails the trial
 * @param extras further named values for people and progress displays, e.g. {@code mae},
 *     {@code mse}; not used by the search
 */
public record EpochReport(int epoch, double metric, Map<String, Double> extras)
        implements Serializable {

    /** Validates and keeps an unmodifiable, order-preserving copy of the extras. */
    public EpochReport {
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch must be >= 1, got " + epoch);
        }
        if (extras == null) {
            throw new IllegalArgumentException("extras must not be null; use Map.of()");
        }
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** A report without extras. */
    public static EpochReport of(int epoch, double metric) {
        return new EpochReport(epoch, metric, Map.of());
    }
}
