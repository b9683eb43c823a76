package io.bellamy.store;

import static io.bellamy.store.Runs.digest;
import static io.bellamy.store.Runs.grep;
import static io.bellamy.store.Runs.sort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link RunStore} must do, run against each database by a small subclass. Each test
 * starts from an empty database.
 */
abstract class RunStoreContract {

    /** SHA-256 of no bytes: the digest of an empty run list. */
    static final String EMPTY_SHA256 =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /**
     * The digest of [grep(2, 10.5)]: pins the canonical encoding, so that every database yields
     * the same digest for the same runs, and a change of encoding (which invalidates every cache
     * keyed on digests) is deliberate.
     */
    static final String GREP_RUN_SHA256 =
            "144d611c2998d6f36a1d353366f3dff238dc75af01c554ec65d0f2da17b65303";

    /** Flyway reports every migration at INFO through java.util.logging; tests show warnings only. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** The store under test, opened on an empty database before each test. */
    protected RunStore store;

    /** Makes this test's database empty; called before each test opens the store. */
    protected abstract void emptyDatabase();

    /** Opens a store on this test's database. */
    protected abstract RunStore open();

    /** A plain JDBC connection to this test's database. */
    protected abstract Connection connect() throws SQLException;

    /** Makes the database reject, with an error, every insert of a run of {@code algorithm}. */
    protected abstract void failInsertsOf(Connection connection, String algorithm)
            throws SQLException;

    @BeforeEach
    void openStore() {
        emptyDatabase();
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    // ---- import ----

    @Test
    void importedRunsComeBackInInsertionOrder() {
        List<RunRecord> runs = List.of(grep(4, 30.0), grep(2, 50.0), sort(6, 7.5), grep(4, 31.0));

        ImportResult result = store.importRuns("c3o", digest(1), "grep.tsv", runs);

        assertEquals(new ImportResult(4, false), result);
        assertEquals(List.of(grep(4, 30.0), grep(2, 50.0), grep(4, 31.0)),
                store.runs(RunQuery.of("grep")));
        assertEquals(List.of(sort(6, 7.5)), store.runs(RunQuery.of("sort")));
        assertEquals(List.of(), store.runs(RunQuery.of("kmeans")));
        assertEquals(List.of("c3o"), store.sources());
        assertEquals(List.of("grep", "sort"), store.algorithms(null));
    }

    @Test
    void numbersAndAbsentValuesRoundTripExactly() {
        RunRecord awkward = new RunRecord("grep", 3, 0.1 + 0.2, "m", "", 1e-300, "", "", "",
                Double.MIN_VALUE, 1.7976931348623157e308);
        RunRecord absent = sort(5, 123456.789012345);

        store.importRuns("c3o", digest(1), "f", List.of(awkward));
        store.importRuns("c3o", digest(2), "g", List.of(absent));

        assertEquals(List.of(awkward), store.runs(RunQuery.of("grep")));
        assertEquals(List.of(absent), store.runs(RunQuery.of("sort")));
        assertNull(store.runs(RunQuery.of("sort")).get(0).memory());
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        store.importRuns("c3o", digest(1), "grep.tsv", List.of(grep(2, 10.0), grep(4, 6.0)));
        long changes = store.changeCount();
        String before = store.digest(RunQuery.of("grep"));

        ImportResult again = store.importRuns("c3o", digest(1), "renamed.tsv",
                List.of(grep(2, 10.0), grep(4, 6.0)));

        assertEquals(new ImportResult(0, true), again);
        assertEquals(2, store.runs(RunQuery.of("grep")).size());
        assertEquals(before, store.digest(RunQuery.of("grep")));
        assertEquals(changes, store.changeCount());
    }

    @Test
    void isImportedAnswersForTheSourceAndDigestPairOnly() {
        assertFalse(store.isImported("c3o", digest(1)));
        store.importRuns("c3o", digest(1), "a", List.of(grep(2, 10.0)));

        assertTrue(store.isImported("c3o", digest(1)));
        assertFalse(store.isImported("c3o", digest(2)));
        assertFalse(store.isImported("bell", digest(1)));
        assertThrows(IllegalArgumentException.class, () -> store.isImported(" ", digest(1)));
        assertThrows(IllegalArgumentException.class, () -> store.isImported("c3o", "abc"));
    }

    @Test
    void importIdentityIsSourceAndDigest() {
        store.importRuns("c3o", digest(1), "a", List.of(grep(2, 10.0)));

        assertEquals(new ImportResult(1, false),
                store.importRuns("c3o", digest(2), "a", List.of(grep(2, 10.0))));
        assertEquals(new ImportResult(1, false),
                store.importRuns("bell", digest(1), "a", List.of(grep(2, 10.0))));
        assertEquals(3, store.runs(RunQuery.of("grep")).size());
    }

    @Test
    void anEmptyFileIsRecordedAsImportedWithoutAChange() {
        assertEquals(new ImportResult(0, false), store.importRuns("c3o", digest(7), "e", List.of()));
        assertEquals(new ImportResult(0, true), store.importRuns("c3o", digest(7), "e", List.of()));
        assertEquals(0, store.changeCount());
        assertEquals(List.of(), store.sources());
    }

    @Test
    void importRejectsMalformedArguments() {
        List<RunRecord> one = List.of(grep(2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> store.importRuns(" ", digest(1), "f", one));
        IllegalArgumentException upper = assertThrows(IllegalArgumentException.class,
                () -> store.importRuns("c3o", digest(10).toUpperCase(), "f", one));
        assertTrue(upper.getMessage().contains(digest(10).toUpperCase()), upper.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.importRuns("c3o", "abc", "f", one));
        assertEquals(0, store.changeCount());
    }

    @Test
    void anImportThatFailsMidwayLeavesTheStoreUnchanged() throws SQLException {
        store.importRuns("c3o", digest(1), "first", List.of(grep(2, 10.0), sort(2, 5.0)));
        Snapshot before = snapshot();
        try (Connection c = connect()) {
            failInsertsOf(c, "boom");
        }
        // 1200 runs span three insert batches; the failing run is in the last one.
        List<RunRecord> runs = new ArrayList<>(Runs.manyGrep(1200));
        runs.set(1100, new RunRecord("boom", 2, 1.0, "", "", 0.0, "", "", "", null, null));

        assertThrows(StoreException.class, () -> store.importRuns("c3o", digest(2), "bad", runs));

        assertEquals(before, snapshot());
        // The failed import was not recorded: the same file can be imported once it is fixed.
        runs.set(1100, grep(3, 1.0));
        assertEquals(new ImportResult(1200, false),
                store.importRuns("c3o", digest(2), "fixed", runs));
    }

    // ---- add ----

    @Test
    void runIdsMakeAddingIdempotent() {
        List<NewRun> batch = List.of(new NewRun("job-1", grep(2, 10.0)),
                new NewRun("job-2", grep(4, 6.0)), NewRun.anonymous(grep(6, 5.0)));

        assertEquals(new AddResult(3, 0), store.addRuns("user", batch));
        long changes = store.changeCount();
        assertEquals(new AddResult(0, 2), store.addRuns("user", batch.subList(0, 2)));
        assertEquals(changes, store.changeCount());
        // A run without an id cannot be recognised, so it is stored again.
        assertEquals(new AddResult(1, 2), store.addRuns("user", batch));

        assertEquals(List.of(grep(2, 10.0), grep(4, 6.0), grep(6, 5.0), grep(6, 5.0)),
                store.runs(RunQuery.of("grep")));
    }

    @Test
    void aRepeatedIdInOneBatchIsStoredOnce() {
        AddResult result = store.addRuns("user", List.of(new NewRun("job-1", grep(2, 10.0)),
                new NewRun("job-1", grep(2, 10.0))));

        assertEquals(new AddResult(1, 1), result);
        assertEquals(List.of(grep(2, 10.0)), store.runs(RunQuery.of("grep")));
    }

    @Test
    void anIdStoredWithOtherContentRejectsTheWholeBatch() {
        store.addRuns("user", List.of(new NewRun("job-1", grep(2, 10.0))));
        Snapshot before = snapshot();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.addRuns("user", List.of(new NewRun("job-2", grep(4, 6.0)),
                        new NewRun("job-1", grep(2, 11.0)))));

        assertTrue(e.getMessage().contains("'job-1'"), e.getMessage());
        assertEquals(before, snapshot());
    }

    @Test
    void anIdStoredFromAnotherSourceIsRejected() {
        store.addRuns("user", List.of(new NewRun("job-1", grep(2, 10.0))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.addRuns("api", List.of(new NewRun("job-1", grep(2, 10.0)))));

        assertTrue(e.getMessage().contains("'job-1'") && e.getMessage().contains("'user'"),
                e.getMessage());
        assertEquals(List.of("user"), store.sources());
    }

    @Test
    void anIdRepeatedInOneBatchWithOtherContentRejectsTheWholeBatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.addRuns("user", List.of(new NewRun("job-9", grep(2, 10.0)),
                        new NewRun("job-9", grep(2, 12.0)))));

        assertTrue(e.getMessage().contains("'job-9'"), e.getMessage());
        assertEquals(List.of(), store.runs(RunQuery.of("grep")));
    }

    @Test
    void anAddThatFailsMidwayLeavesTheStoreUnchanged() throws SQLException {
        store.addRuns("user", List.of(new NewRun("job-1", grep(2, 10.0))));
        Snapshot before = snapshot();
        try (Connection c = connect()) {
            failInsertsOf(c, "boom");
        }
        List<NewRun> batch = List.of(new NewRun("job-2", grep(4, 6.0)),
                NewRun.anonymous(sort(2, 3.0)),
                new NewRun("job-3", new RunRecord("boom", 2, 1.0, "", "", 0.0, "", "", "", null, null)));

        assertThrows(StoreException.class, () -> store.addRuns("user", batch));

        assertEquals(before, snapshot());
        assertEquals(new AddResult(1, 0),
                store.addRuns("user", List.of(new NewRun("job-2", grep(4, 6.0)))));
    }

    @Test
    void concurrentWritersAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        store.addRuns("user", List.of(new NewRun(thread + "-" + i, grep(2, 1.0 + i))));
                        store.runs(RunQuery.of("grep"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, store.runs(RunQuery.of("grep")).size());
        assertEquals(40, store.changeCount());
    }

    @Test
    void twoStoresOnOneDatabaseImportAFileOnce() throws Exception {
        List<RunRecord> runs = Runs.manyGrep(1500);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RunStore other = open()) {
            Future<ImportResult> first =
                    pool.submit(() -> store.importRuns("c3o", digest(5), "f", runs));
            Future<ImportResult> second =
                    pool.submit(() -> other.importRuns("c3o", digest(5), "f", runs));
            List<ImportResult> results = List.of(first.get(60, TimeUnit.SECONDS),
                    second.get(60, TimeUnit.SECONDS));

            assertTrue(results.contains(new ImportResult(1500, false)), results.toString());
            assertTrue(results.contains(new ImportResult(0, true)), results.toString());
            other.addRuns("user", List.of(NewRun.anonymous(grep(2, 1.0))));
            assertEquals(1501, store.runs(RunQuery.of("grep")).size());
            assertEquals(2, store.changeCount());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- queries ----

    @ParameterizedTest
    @EnumSource(ContextProperty.class)
    void filtersOnEachProperty(ContextProperty property) {
        RunRecord base = grep(2, 10.0);
        List<RunRecord> variants = new ArrayList<>();
        for (ContextProperty p : ContextProperty.values()) {
            variants.add(Runs.with(grep(4, 20.0 + p.ordinal()), p, Runs.otherValue(p)));
        }
        List<RunRecord> all = new ArrayList<>(List.of(base));
        all.addAll(variants);
        store.importRuns("c3o", digest(1), "f", all);
        RunRecord variant = variants.get(property.ordinal());
        List<RunRecord> allButVariant = new ArrayList<>(all);
        allButVariant.remove(property.ordinal() + 1);

        assertEquals(List.of(variant), store.runs(
                RunQuery.of("grep").where(property, Runs.otherValue(property))));
        assertEquals(allButVariant, store.runs(
                RunQuery.of("grep").where(property, property.valueOf(base))));
        assertEquals(List.of(), store.runs(RunQuery.of("grep").where(property,
                property.numeric() ? (Object) 1.25 : "absent")));
    }

    @Test
    void filtersOnEverySubsetOfProperties() {
        // Two values per property, spread so that every subset of filters selects a different set.
        List<RunRecord> runs = new ArrayList<>();
        for (int mask = 0; mask < 64; mask++) {
            RunRecord r = grep(1 + mask % 12, 1.0 + mask);
            for (ContextProperty p : ContextProperty.values()) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    r = Runs.with(r, p, Runs.otherValue(p));
                }
            }
            runs.add(r);
        }
        store.importRuns("c3o", digest(1), "f", runs);
        RunRecord target = runs.get(0b101010);

        for (int subset = 0; subset < 64; subset++) {
            RunQuery query = RunQuery.of("grep");
            int selected = 0;
            for (ContextProperty p : ContextProperty.values()) {
                if ((subset & (1 << p.ordinal())) != 0) {
                    query = query.where(p, p.valueOf(target));
                    selected |= 1 << p.ordinal();
                }
            }
            // Expected: the runs whose mask agrees with the target's on the selected bits.
            List<RunRecord> expected = new ArrayList<>();
            for (int mask = 0; mask < 64; mask++) {
                if ((mask & selected) == (0b101010 & selected)) {
                    expected.add(runs.get(mask));
                }
            }
            assertEquals(expected, store.runs(query), "filters " + query.filters().keySet());
        }
    }

    @Test
    void forContextSelectsExactlyOneContext() {
        RunRecord other = Runs.with(grep(2, 9.0), ContextProperty.JOB_TYPE, "");
        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 10.0), other, grep(4, 6.0)));

        assertEquals(List.of(grep(2, 10.0), grep(4, 6.0)),
                store.runs(RunQuery.forContext(grep(8, 1.0).context())));
        assertEquals(List.of(other), store.runs(RunQuery.forContext(other.context())));
    }

    @Test
    void sourcesRestrictEveryQuery() {
        RunRecord bellGrep = Runs.with(grep(4, 40.0), ContextProperty.MACHINE_TYPE, "wallynode");
        store.importRuns("c3o", digest(1), "c3o/grep.tsv", List.of(grep(2, 10.0), sort(2, 5.0)));
        store.importRuns("bell", digest(1), "bell/grep.csv", List.of(bellGrep));
        store.addRuns("user", List.of(new NewRun("u1", grep(6, 3.0))));

        assertEquals(List.of("bell", "c3o", "user"), store.sources());
        assertEquals(List.of(grep(2, 10.0), bellGrep, grep(6, 3.0)),
                store.runs(RunQuery.of("grep")));
        assertEquals(List.of(grep(2, 10.0), bellGrep, grep(6, 3.0)),
                store.runs(RunQuery.of("grep").withSources(Set.of())));
        assertEquals(List.of(grep(2, 10.0)),
                store.runs(RunQuery.of("grep").withSources(Set.of("c3o"))));
        assertEquals(List.of(bellGrep, grep(6, 3.0)),
                store.runs(RunQuery.of("grep").withSources(Set.of("bell", "user"))));
        assertEquals(List.of(), store.runs(RunQuery.of("grep").withSources(Set.of("nowhere"))));

        assertEquals(List.of("grep", "sort"), store.algorithms(Set.of("c3o")));
        assertEquals(List.of("grep"), store.algorithms(Set.of("bell", "user")));
        assertEquals(List.of("grep", "sort"), store.algorithms(Set.of()));
        assertEquals(List.of(bellGrep.context()), store.contexts("grep", Set.of("bell")));
        assertEquals(List.of(grep(2, 1.0).context()), store.contexts("grep", Set.of("c3o", "user")));
        assertEquals(2, store.stats("grep", Set.of("bell", "user")).runs());
    }

    @Test
    void contextsAreDistinctAndSorted() {
        RunRecord bigger = Runs.with(grep(2, 1.0), ContextProperty.DATA_SIZE_MB, 20000.0);
        RunRecord smaller = Runs.with(grep(2, 1.0), ContextProperty.DATA_SIZE_MB, 100.0);
        store.importRuns("c3o", digest(1), "f",
                List.of(bigger, grep(2, 10.0), smaller, grep(4, 5.0), bigger, sort(2, 1.0)));

        assertEquals(List.of(smaller.context(), grep(2, 1.0).context(), bigger.context()),
                store.contexts("grep", null));
        assertEquals(List.of(sort(2, 1.0).context()), store.contexts("sort", null));
        assertEquals(List.of(), store.contexts("kmeans", null));
    }

    @Test
    void statsGiveExactCountsAndRuntimeSummaries() {
        RunRecord otherMachine = Runs.with(grep(2, 4.0), ContextProperty.MACHINE_TYPE, "c4.large");
        store.importRuns("c3o", digest(1), "f", List.of(
                grep(2, 30.0), grep(4, 11.0), grep(2, 10.0), grep(4, 5.0), grep(2, 20.0),
                grep(4, 9.0), grep(4, 7.0), otherMachine, sort(6, 2.5), sort(6, 1.5)));

        StoreStats all = store.stats(null);

        assertEquals(10, all.runs());
        assertEquals(List.of("grep", "sort"),
                all.algorithms().stream().map(StoreStats.AlgorithmStats::algorithm).toList());
        StoreStats.AlgorithmStats grep = all.algorithm("grep").orElseThrow();
        assertEquals(8, grep.runs());
        ContextKey c4 = otherMachine.context();
        ContextKey m4 = grep(2, 1.0).context();
        assertEquals(List.of(
                new StoreStats.ContextStats(c4, 1, List.of(
                        new StoreStats.ScaleOutStats(2, 1, 4.0, 4.0, 4.0))),
                new StoreStats.ContextStats(m4, 7, List.of(
                        new StoreStats.ScaleOutStats(2, 3, 10.0, 20.0, 30.0),
                        new StoreStats.ScaleOutStats(4, 4, 5.0, 8.0, 11.0)))),
                grep.contexts());
        assertEquals(List.of(new StoreStats.ContextStats(sort(6, 1.0).context(), 2, List.of(
                        new StoreStats.ScaleOutStats(6, 2, 1.5, 2.0, 2.5)))),
                all.algorithm("sort").orElseThrow().contexts());

        StoreStats onlySort = store.stats("sort");
        assertEquals(2, onlySort.runs());
        assertEquals(List.of("sort"),
                onlySort.algorithms().stream().map(StoreStats.AlgorithmStats::algorithm).toList());
        assertEquals(new StoreStats(0, List.of()), store.stats("kmeans"));
    }

    // ---- change detection ----

    @Test
    void digestChangesExactlyWhenTheMatchingRunsChange() {
        RunQuery grepQuery = RunQuery.forContext(grep(2, 1.0).context());
        assertEquals(EMPTY_SHA256, store.digest(grepQuery));

        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 10.5), sort(4, 20.25)));
        String afterImport = store.digest(grepQuery);
        assertNotEquals(EMPTY_SHA256, afterImport);
        assertEquals(afterImport, store.digest(grepQuery));

        store.addRuns("user", List.of(NewRun.anonymous(sort(8, 3.0))));
        assertEquals(afterImport, store.digest(grepQuery));

        store.addRuns("user", List.of(NewRun.anonymous(grep(8, 3.0))));
        assertNotEquals(afterImport, store.digest(grepQuery));
    }

    @Test
    void digestIsTheDigestOfTheRunListOnEveryDatabase() {
        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 10.5)));
        assertEquals(GREP_RUN_SHA256, store.digest(RunQuery.of("grep")));

        store.importRuns("c3o", digest(2), "g", List.of(sort(4, 20.25), grep(6, 1.0 / 3.0)));

        assertEquals(RunStore.digestOf(List.of(grep(2, 10.5), grep(6, 1.0 / 3.0))),
                store.digest(RunQuery.of("grep")));
        assertEquals(RunStore.digestOf(List.of(sort(4, 20.25))), store.digest(RunQuery.of("sort")));
        assertEquals(RunStore.digestOf(store.runs(RunQuery.of("grep"))),
                store.digest(RunQuery.of("grep")));
    }

    @Test
    void changeCountGoesUpWithEveryWriteThatAddsRuns() {
        assertEquals(0, store.changeCount());
        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 1.0), grep(4, 1.0)));
        assertEquals(1, store.changeCount());
        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 1.0), grep(4, 1.0)));
        assertEquals(1, store.changeCount());
        store.addRuns("user", List.of(new NewRun("a", grep(2, 1.0))));
        assertEquals(2, store.changeCount());
        store.addRuns("user", List.of(new NewRun("a", grep(2, 1.0))));
        assertEquals(2, store.changeCount());
        store.addRuns("user", List.of());
        assertEquals(2, store.changeCount());
    }

    // ---- durability and migration ----

    @Test
    void reopeningSeesTheDataAndMigratesNothing() {
        assertEquals(1, assertInstanceOf(JdbcRunStore.class, store).migrationsExecuted());
        store.importRuns("c3o", digest(1), "f", List.of(grep(2, 10.0), sort(4, 2.0)));
        store.addRuns("user", List.of(new NewRun("job-1", grep(6, 3.0))));
        Snapshot before = snapshot();
        store.close();

        store = open();

        assertEquals(0, assertInstanceOf(JdbcRunStore.class, store).migrationsExecuted());
        assertEquals(before, snapshot());
        assertEquals(new ImportResult(0, true),
                store.importRuns("c3o", digest(1), "f", List.of(grep(2, 10.0), sort(4, 2.0))));
        assertEquals(new AddResult(0, 1),
                store.addRuns("user", List.of(new NewRun("job-1", grep(6, 3.0)))));
    }

    @Test
    void aClosedStoreRefusesCalls() {
        store.close();
        store.close(); // closing twice is harmless

        assertThrows(IllegalStateException.class, () -> store.runs(RunQuery.of("grep")));
        assertThrows(IllegalStateException.class,
                () -> store.addRuns("user", List.of(NewRun.anonymous(grep(2, 1.0)))));
    }

    @Test
    void importingAPublicDatasetSizedFileIsFast() {
        List<RunRecord> runs = Runs.manyGrep(5000);

        long start = System.nanoTime();
        ImportResult result = store.importRuns("c3o", digest(1), "all.tsv", runs);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.err.printf("%s: imported 5000 runs in %.3f s%n", getClass().getSimpleName(), seconds);
        assertEquals(new ImportResult(5000, false), result);
        assertEquals(runs, store.runs(RunQuery.of("grep")));
        assertFalse(seconds > 10.0, "importing 5000 runs took " + seconds + " s");
    }

    /** Everything a failed write must leave as it was. */
    private record Snapshot(List<String> sources, List<String> algorithms, StoreStats stats,
            List<RunRecord> grep, List<RunRecord> sort, String grepDigest, long changes) {
    }

    private Snapshot snapshot() {
        return new Snapshot(store.sources(), store.algorithms(null), store.stats(null),
                store.runs(RunQuery.of("grep")), store.runs(RunQuery.of("sort")),
                store.digest(RunQuery.of("grep")), store.changeCount());
    }
}
