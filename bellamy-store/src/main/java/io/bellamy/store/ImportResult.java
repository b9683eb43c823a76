package io.bellamy.store;

/**
 * What {@link RunStore#importRuns} did.
 *
 * @param added the number of runs stored, 0 when the file had been imported before
 * @param alreadyImported whether this (source, digest) had been imported before, so nothing was
 *     added
 */
public record ImportResult(int added, boolean alreadyImported) {

    /** Rejects a negative count and a repeated import that claims to have added runs. */
    public ImportResult {
        if (added < 0) {
            throw new IllegalArgumentException("added must be >= 0, got " + added);
        }
        if (alreadyImported && added != 0) {
            throw new IllegalArgumentException(
                    "a repeated import adds nothing, got added = " + added);
        }
    }
}
