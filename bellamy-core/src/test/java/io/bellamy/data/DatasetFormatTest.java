package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetFormatTest {

    @Test
    void parsesIds() {
        assertEquals(DatasetFormat.C3O, DatasetFormat.parse("C3O"));
        assertEquals(DatasetFormat.BELL, DatasetFormat.parse("bell"));
        assertEquals(DatasetFormat.GENERIC, DatasetFormat.parse(" generic"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetFormat.parse("parquet"));
        assertEquals("unknown dataset format 'parquet'; valid: c3o, bell, generic",
                e.getMessage());
    }

    @Test
    void detectsFromDirectoryAndExtension() {
        assertEquals(DatasetFormat.C3O, DatasetFormat.detect(Path.of("data/c3o/grep.tsv")));
        assertEquals(DatasetFormat.BELL, DatasetFormat.detect(Path.of("data/bell/sgd.csv")));
        assertEquals(DatasetFormat.GENERIC, DatasetFormat.detect(Path.of("data/bell/sgd.tsv")));
        assertEquals(DatasetFormat.GENERIC, DatasetFormat.detect(Path.of("history.csv")));
        assertEquals(DatasetFormat.GENERIC, DatasetFormat.detect(Path.of("runs/h.jsonl")));
        assertEquals(DatasetFormat.C3O, DatasetFormat.detect(Datasets.c3o("sort")));
    }

    @Test
    void givesTheMatchingReader() {
        assertInstanceOf(C3oReader.class, DatasetFormat.C3O.reader(null));
        assertInstanceOf(BellReader.class, DatasetFormat.BELL.reader("grep"));
        assertInstanceOf(GenericReader.class, DatasetFormat.GENERIC.reader(null));
        assertThrows(IllegalArgumentException.class, () -> DatasetFormat.BELL.reader("kmeans"));
        assertEquals("grep", DatasetFormat.algorithmOf(Path.of("c3o/grep.tsv")));
        assertEquals("my.job", DatasetFormat.algorithmOf(Path.of("my.job.csv")));
    }
}
