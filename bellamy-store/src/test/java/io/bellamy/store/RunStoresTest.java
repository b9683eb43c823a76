package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void medianIsTheMiddleValueOrTheMeanOfTheTwo() {
        assertEquals(3.0, StatsCollector.median(new double[] {3.0}));
        assertEquals(2.5, StatsCollector.median(new double[] {1.0, 2.0, 3.0, 4.0}));
        assertEquals(2.0, StatsCollector.median(new double[] {1.0, 2.0, 30.0}));
    }
}
