package io.bellamy.store;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The runtime history: every run record the system knows, each tagged with the source it came
 * from (e.g. {@code c3o}, {@code bell}, {@code user}). The one source of pre-training and
 * fine-tuning data (SPEC §5, §6 step 2).
 *
 * <p>Writes are all-or-nothing: a write that throws has changed nothing. Runs are never updated
 * or deleted. Implementations are safe for use by several threads; see the implementation for
 * how calls are scheduled. Database failures surface as {@link StoreException}.
 */
public interface RunStore extends AutoCloseable {

    /**
     * Stores the runs read from one file, once. If this {@code (source, digest)} pair was
     * imported before, adds nothing and says so; a file's content, not its name, identifies it.
     *
     * @param source where the runs come from, e.g. {@code c3o}; not blank
     * @param digest the SHA-256 of the file's content, 64 lowercase hex digits (see
     *     {@link #digestOf(Path)})
     * @param label a human-readable name, e.g. the file name
     * @param runs the file's runs, stored in this order
     * @return the number added, or that the file was imported before
     * @throws IllegalArgumentException for a blank source or a malformed digest
     */
    ImportResult importRuns(String source, String digest, String label, List<RunRecord> runs);

    /**
     * Whether {@link #importRuns} has stored this {@code (source, digest)} pair: a caller can
     * then skip reading and parsing a file imported before.
     *
     * @throws IllegalArgumentException for a blank source or a malformed digest
     */
    boolean isImported(String source, String digest);

    /**
     * Stores runs reported one by one (e.g. by a resource manager after each job). A run whose
     * id is already stored with the same source and record is skipped, so a client can safely
     * resend; runs without an id are always stored.
     *
     * @param source where the runs come from, e.g. {@code user}; not blank
     * @param runs the runs, stored in this order
     * @return how many were added and how many skipped
     * @throws IllegalArgumentException naming the id if a run id is already stored (or repeated
     *     in {@code runs}) with a different source or record; nothing is stored then
     */
    AddResult addRuns(String source, List<NewRun> runs);

    /** The runs matching a query, in the order they were stored. */
    List<RunRecord> runs(RunQuery query);

    /**
     * The SHA-256 (64 lowercase hex digits) of the runs matching a query, in the order of
     * {@link #runs(RunQuery)}, as {@link #digestOf(List)} computes it: it changes exactly when
     * that list changes, so it can key a cache of models fine-tuned on the list. (A caller that
     * also needs the runs can fetch them and digest the list itself, so that the two agree even
     * if another writer adds runs in between.)
     */
    String digest(RunQuery query);

    /**
     * A counter that goes up with every committed write that adds runs, from any process using
     * the same database. Cheap to read; equal values mean no run was added in between.
     */
    long changeCount();

    /** The names of all sources that have runs, sorted. */
    List<String> sources();

    /**
     * The algorithms that have runs, sorted.
     *
     * @param sources only runs from these sources; {@code null} or empty for all
     */
    List<String> algorithms(Set<String> sources);

    /**
     * The distinct contexts of an algorithm's runs, sorted.
     *
     * @param algorithm the algorithm
     * @param sources only runs from these sources; {@code null} or empty for all
     */
    List<ContextKey> contexts(String algorithm, Set<String> sources);

    /**
     * Counts and runtime summaries of the stored runs.
     *
     * @param algorithm only this algorithm's runs, or {@code null} for all
     * @param sources only runs from these sources; {@code null} or empty for all
     */
    StoreStats stats(String algorithm, Set<String> sources);

    /** Counts and runtime summaries of the runs of one algorithm ({@code null}: all). */
    default StoreStats stats(String algorithm) {
        return stats(algorithm, null);
    }

    /** Releases the database connection; later calls throw {@link IllegalStateException}. */
    @Override
    void close();

    /**
     * The SHA-256 of a list of runs in an unambiguous binary encoding of every field, as 64
     * lowercase hex digits. Equal lists have equal digests on every database and machine; the
     * empty list's digest is the SHA-256 of no bytes.
     */
    static String digestOf(List<RunRecord> runs) {
        RecordDigest digest = new RecordDigest();
        runs.forEach(digest::add);
        return digest.hex();
    }

    /**
     * The SHA-256 of a file's content as 64 lowercase hex digits, the digest
     * {@link #importRuns} expects.
     *
     * @throws IOException if the file cannot be read
     */
    static String digestOf(Path file) throws IOException {
        MessageDigest sha256 = RecordDigest.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
