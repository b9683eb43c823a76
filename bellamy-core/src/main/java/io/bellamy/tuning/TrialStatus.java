package io.bellamy.tuning;

/** How a trial ended. */
public enum TrialStatus {
    /**
     * Ran to its epoch budget (the search's maximum or ASHA's {@code max_t}), or ended on its
     * own after at least one epoch.
     */
    COMPLETED,
    /** Early-stopped by the scheduler (ASHA) at a rung. */
    STOPPED,
    /**
     * The objective threw, reported a non-finite metric, or broke the reporting contract; the
     * reason is recorded and the search goes on.
     */
    FAILED
}
