package io.bellamy.model;

import java.util.Objects;

/**
 * How a model was pre-trained and how well it did on its validation split.
 *
 * @param records records the model was pre-trained on (training and validation)
 * @param validationRecords records held out for validation
 * @param trials trials the search ran (1 without a search)
 * @param bestEpoch the epoch whose weights the model holds
 * @param validationLoss composite validation loss at that epoch
 * @param validationMae validation runtime MAE at that epoch, seconds
 * @param validationMse validation runtime MSE at that epoch
 * @param relativeErrors quantiles of the validation relative runtime errors (for safety margins)
 * @param seconds wall time of the whole pre-training
 */
public record TrainingReport(int records, int validationRecords, int trials, int bestEpoch,
        double validationLoss, double validationMae, double validationMse,
        ErrorQuantiles relativeErrors, double seconds) {

    /** Requires the quantiles. */
    public TrainingReport {
        Objects.requireNonNull(relativeErrors, "relativeErrors");
    }

    /**
     * Quantiles of the relative error |prediction - actual| / actual on the validation set.
     *
     * @param q50 median
     * @param q90 90th percentile
     * @param q95 95th percentile
     * @param q99 99th percentile
     */
    public record ErrorQuantiles(double q50, double q90, double q95, double q99) {

        /** The quantiles of the given relative errors (linear interpolation). */
        public static ErrorQuantiles of(double[] relativeErrors) {
            if (relativeErrors.length == 0) {
                return new ErrorQuantiles(0, 0, 0, 0);
            }
            double[] sorted = relativeErrors.clone();
            java.util.Arrays.sort(sorted);
            return new ErrorQuantiles(quantile(sorted, 0.5), quantile(sorted, 0.9),
                    quantile(sorted, 0.95), quantile(sorted, 0.99));
        }

        /** The error margin at a confidence in (0, 1), interpolated between the stored quantiles. */
        public double at(double confidence) {
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
            }
            double[] p = {0.0, 0.5, 0.9, 0.95, 0.99, 1.0};
            double[] v = {0.0, q50, q90, q95, q99, q99};
            for (int i = 1; i < p.length; i++) {
                if (confidence <= p[i]) {
                    double w = (confidence - p[i - 1]) / (p[i] - p[i - 1]);
                    return v[i - 1] + w * (v[i] - v[i - 1]);
                }
            }
            return q99;
        }

        static double quantile(double[] sorted, double q) {
            double pos = q * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(sorted.length - 1, lo + 1);
            return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
        }
    }
}
