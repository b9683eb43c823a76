package io.bellamy.model;

import io.bellamy.model.TrainingReport.ErrorQuantiles;
import java.util.List;

/**
 * What {@code io.bellamy.adaptation.Calibration} chose on held-out contexts of the pre-training data: the weight of
 * the network in the prior curve (the rest goes to the global model), the correction's
 * penalties per number of given scale-outs {@code k}, and per {@code k} the quantiles of the
 * absolute log error {@code |ln(predicted / actual)|} that make the prediction intervals.
 *
 * @param networkWeight the network's weight {@code w} in the prior {@code net^w global^(1-w)},
 *     in [0, 1] (1 when there is no global model)
 * @param penalties per {@code k = 0, 1, ...} the ridge penalties of {@code io.bellamy.adaptation.LogLinearCorrection}
 *     (the entry for {@code k = 0} is never used); a larger {@code k} uses the last; not empty
 * @param logErrors per {@code k = 0, 1, ...}, the quantiles of the absolute log error; a larger
 *     {@code k} uses the last entry; not empty
 * @param cases the number of held-out cases the choice was made on (0 for the defaults)
 */
public record AdaptationSettings(double networkWeight, List<CorrectionPenalties> penalties,
        List<ErrorQuantiles> logErrors, int cases) {

    /**
     * The settings without calibration: the network alone, a mild level penalty, a strong slope
     * penalty, and wide intervals (a factor of 2 at 90%).
     */
    public static final AdaptationSettings DEFAULTS = new AdaptationSettings(1.0,
            List.of(new CorrectionPenalties(0.25, 4.0)),
            List.of(new ErrorQuantiles(0.25, Math.log(2), Math.log(2.5), Math.log(4))), 0);

    /** Copies the lists and checks them. */
    public AdaptationSettings {
        if (!(networkWeight >= 0 && networkWeight <= 1)) {
            throw new IllegalArgumentException("network weight must be in [0, 1], got "
                    + networkWeight);
        }
        penalties = List.copyOf(penalties);
        logErrors = List.copyOf(logErrors);
        if (penalties.isEmpty() || logErrors.isEmpty()) {
            throw new IllegalArgumentException("penalties and log-error quantiles must not be empty");
        }
        if (cases < 0) {
            throw new IllegalArgumentException("cases must be >= 0, got " + cases);
        }
    }

    /** The penalties for a fit on {@code k} given scale-outs. */
    public CorrectionPenalties penalties(int k) {
        requireK(k);
        return penalties.get(Math.min(k, penalties.size() - 1));
    }

    /**
     * The half-width of the prediction interval in log space at {@code confidence} for a fit on
     * {@code k} given scale-outs: the interval is {@code [p e^-w, p e^w]}.
     */
    public double logHalfWidth(int k, double confidence) {
        requireK(k);
        return logErrors.get(Math.min(k, logErrors.size() - 1)).at(confidence);
    }

    private static void requireK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
    }
}
