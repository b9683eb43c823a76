package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening stores and computing file digests, without a database. */
class RunStoresTest {

    @Test
    void refusesOtherDatabasesWithoutEchoingTheUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunStores.open("jdbc:mysql://db/x?user=u&password=secret"));

        assertTrue(e.getMessage().contains("'jdbc:mysql:'"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void fileDigestIsTheSha256OfTheContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("abc.tsv");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        // FIPS 180-2 test vector "abc", and the digest of no bytes
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                RunStore.digestOf(file));
        assertEquals(RunStoreContract.EMPTY_SHA256, RunStore.digestOf(empty));
    }

    @Test
    void runListDigestDependsOnEveryFieldAndTheOrder() {
        RunRecord a = Runs.grep(2, 10.5);
        RunRecord b = Runs.sort(4, 20.25);
        String ab = RunStore.digestOf(List.of(a, b));

        assertEquals(RunStoreContract.GREP_RUN_SHA256, RunStore.digestOf(List.of(a)));
        assertEquals(RunStoreContract.EMPTY_SHA256, RunStore.digestOf(List.of()));
        assertEquals(ab, RunStore.digestOf(List.of(Runs.grep(2, 10.5), Runs.sort(4, 20.25))));
        assertNotEquals(ab, RunStore.digestOf(List.of(b, a)));
        assertNotEquals(ab, RunStore.digestOf(List.of(a.withRuntime(10.500000000000002), b)));
        assertNotEquals(ab, RunStore.digestOf(List.of(a, Runs.with(b, ContextProperty.JOB_ARGS, " "))));
        // text boundaries are encoded: moving a character between fields changes the digest
        RunRecord left = Runs.with(Runs.with(a, ContextProperty.MACHINE_TYPE, "ab"),
                ContextProperty.JOB_ARGS, "c");
        RunRecord right = Runs.with(Runs.with(a, ContextProperty.MACHINE_TYPE, "a"),
                ContextProperty.JOB_ARGS, "bc");
        assertNotEquals(RunStore.digestOf(List.of(left)), RunStore.digestOf(List.of(right)));
        // an absent optional number differs from zero
        RunRecord noMemory = new RunRecord("x", 1, 1.0, "", "", 0.0, "", "", "", null, 0.0);
        RunRecord zeroMemory = new RunRecord("x", 1, 1.0, "", "", 0.0, "", "", "", 0.0, 0.0);
        assertNotEquals(RunStore.digestOf(List.of(noMemory)), RunStore.digestOf(List.of(zeroMemory)));
    }

    @Test
    void medianIsTheMiddleValueOrTheMeanOfTheTwo() {
        assertEquals(3.0, StatsCollector.median(new double[] {3.0}));
        assertEquals(2.5, StatsCollector.median(new double[] {1.0, 2.0, 3.0, 4.0}));
        assertEquals(2.0, StatsCollector.median(new double[] {1.0, 2.0, 30.0}));
    }
}
