package io.bellamy.training;

import io.bellamy.tuning.EpochReport;
import java.util.Map;

/** Pre-training epochs as search reports: the validation loss is the metric. */
final class SearchReports {

    private SearchReports() {
    }

    /** The report of one epoch: metric the validation loss, extras {@code mae} and {@code mse}. */
    static EpochReport of(EpochMetrics m) {
        return new EpochReport(m.epoch(), m.validationLoss(),
                Map.of("mae", m.mae(), "mse", m.mse()));
    }

    /** The metrics a report carries; the training loss is not reported (NaN). */
    static EpochMetrics metrics(EpochReport r) {
        return new EpochMetrics(r.epoch(), Double.NaN, r.metric(),
                r.extras().getOrDefault("mae", Double.NaN),
                r.extras().getOrDefault("mse", Double.NaN));
    }
}
