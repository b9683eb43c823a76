package io.bellamy.store;

/**
 * What {@link RunStore#addRuns} did.
 *
 * @param added the number of runs stored
 * @param skipped the number of runs not stored because a run with the same id and content was
 *     already stored (or came earlier in the same batch)
 */
public record AddResult(int added, int skipped) {

    /** Rejects negative counts. */
    public AddResult {
        if (added < 0 || skipped < 0) {
            throw new IllegalArgumentException(
                    "counts must be >= 0, got added = " + added + ", skipped = " + skipped);
        }
    }
}
