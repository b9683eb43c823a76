package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Histories for the history-evaluation tests. */
final class HistoryFixtures {

    private HistoryFixtures() {
    }

    /** Runs grouped by context, each context's runs in the given order. */
    static UserHistory history(List<RunRecord> runs) {
        Map<ContextKey, List<RunRecord>> byContext = new LinkedHashMap<>();
        runs.forEach(r -> byContext.computeIfAbsent(r.context(), c -> new ArrayList<>()).add(r));
        return UserHistory.of(byContext);
    }

    /** The Bell runs of every algorithm, as one history. */
    static UserHistory bellHistory() {
        List<RunRecord> all = new ArrayList<>();
        EvalFixtures.bellRuns().values().forEach(all::addAll);
        return history(all);
    }

    /**
     * Runs of a Flink job no public dataset has, at scale-outs 2, 4, .., 12 with two
     * repetitions: runtime {@code 60 + 0.48 * size / n} seconds.
     */
    static List<RunRecord> flink(double sizeMB) {
        List<RunRecord> runs = new ArrayList<>();
        for (int n = 2; n <= 12; n += 2) {
            for (int rep = 0; rep < 2; rep++) {
                runs.add(new RunRecord("wordcount", n, 60 + 0.48 * sizeMB / n, "n2-standard-8",
                        "", sizeMB, "text", "private flink", "wordcount-flink", null, null));
            }
        }
        return runs;
    }
}
