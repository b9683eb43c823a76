package io.bellamy.store;

import io.bellamy.data.RunRecord;
import java.util.Objects;

/**
 * A run to add to the store, with an optional client-supplied id that makes adding it
 * idempotent (see {@link RunStore#addRuns}).
 *
 * @param runId the client's unique id for the run, or {@code null} for none; not blank
 * @param record the run
 */
public record NewRun(String runId, RunRecord record) {

    /** Rejects a blank run id and a missing record. */
    public NewRun {
        if (runId != null && runId.isBlank()) {
            throw new IllegalArgumentException("run id must be null or not blank, got '" + runId + "'");
        }
        Objects.requireNonNull(record, "record");
    }

    /** A run without a client id: adding it twice stores it twice. */
    public static NewRun anonymous(RunRecord record) {
        return new NewRun(null, record);
    }
}
