package io.bellamy.features;

import io.bellamy.data.RunRecord;
import java.util.Arrays;
import java.util.Objects;

/**
 * Collects what a {@link FeaturePipeline} needs from the pre-training records (the minimum and
 * maximum of each scale-out feature) and produces the {@link FittedPipeline}.
 *
 * <p>Mutable and never stored: call {@link #observe(RunRecord)} for every record, then
 * {@link #fit()}, which may be called again after more records.
 */
public final class PipelineFitter {

    private final FeaturePipeline spec;
    private final double[] min = new double[ScaleOutScaler.FEATURES];
    private final double[] max = new double[ScaleOutScaler.FEATURES];
    private long observed;

    PipelineFitter(FeaturePipeline spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Takes one record into account; returns this fitter. */
    public PipelineFitter observe(RunRecord record) {
        double[] raw = ScaleOutScaler.rawFeatures(record.instanceCount());
        for (int f = 0; f < raw.length; f++) {
            min[f] = Math.min(min[f], raw[f]);
            max[f] = Math.max(max[f], raw[f]);
        }
        observed++;
        return this;
    }

    /** Takes every record into account; returns this fitter. */
    public PipelineFitter observeAll(Iterable<RunRecord> records) {
        for (RunRecord r : records) {
            observe(r);
        }
        return this;
    }

    /** Number of records observed so far. */
    public long observed() {
        return observed;
    }

    /**
     * The fitted pipeline for the records observed so far.
     *
     * @throws IllegalStateException if no record has been observed
     */
    public FittedPipeline fit() {
        if (observed == 0) {
            throw new IllegalStateException(
                    "cannot fit the feature pipeline: no pre-training record was observed");
        }
        return new FittedPipeline(spec, new ScaleOutScaler(
                new FeatureRange(min[0], max[0]),
                new FeatureRange(min[1], max[1]),
                new FeatureRange(min[2], max[2])));
    }
}
