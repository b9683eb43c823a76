package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {

    @TempDir
    Path dir;

    @Test
    void listsThePublicDatasetFiles() throws IOException {
        DatasetCatalog catalog = DatasetCatalog.scan(Datasets.dir());
        List<String> listed = catalog.files().stream()
                .map(f -> f.source() + "/" + f.algorithm() + ":" + f.format().id()).toList();
        assertEquals(List.of("bell/grep:bell", "bell/pagerank:bell", "bell/sgd:bell",
                "c3o/grep:c3o", "c3o/kmeans:c3o", "c3o/pagerank:c3o", "c3o/sgd:c3o",
                "c3o/sort:c3o"), listed);
        assertEquals(Datasets.c3o("kmeans"), catalog.files().get(4).path());
        assertEquals(new TreeSet<>(List.of("grep", "pagerank", "sgd")),
                catalog.algorithms(TrainingTarget.BELL));
        assertEquals(5, catalog.files(TrainingTarget.C3O).size());
        SortedSet<String> all = catalog.algorithms(TrainingTarget.ALL);
        assertEquals(List.of("grep", "kmeans", "pagerank", "sgd", "sort"), new ArrayList<>(all));
    }

    @Test
    void loadsATargetConcatenatingBellBeforeC3o() throws IOException {
        DatasetCatalog catalog = DatasetCatalog.scan(Datasets.dir());
        List<RunRecord> all = catalog.load(TrainingTarget.ALL, "grep");
        assertEquals(75 + 810, all.size());
        assertEquals("wallynode", all.get(0).machineType());
        assertEquals("c4.2xlarge", all.get(75).machineType());
        assertEquals(810, catalog.load(TrainingTarget.C3O, "grep").size());
        assertEquals(75, catalog.load(TrainingTarget.BELL, "sgd").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.load(TrainingTarget.BELL, "kmeans"));
        assertEquals("no bell data for algorithm 'kmeans' in " + Datasets.dir()
                + "; available: grep, pagerank, sgd", e.getMessage());
    }

    @Test
    void ignoresOtherFilesAndMissingSubdirectories() throws IOException {
        Files.createDirectories(dir.resolve("c3o"));
        Files.copy(Datasets.c3o("sort"), dir.resolve("c3o/sort.tsv"));
        Files.writeString(dir.resolve("c3o/notes.txt"), "x");
        Files.writeString(dir.resolve("c3o/.grep.tsv.part"), "x");
        Files.writeString(dir.resolve("c3o/.hidden.tsv"), "x");
        DatasetCatalog catalog = DatasetCatalog.scan(dir);
        assertEquals(List.of(new DatasetFile("c3o", "sort", DatasetFormat.C3O,
                dir.resolve("c3o/sort.tsv"))), catalog.files());
        assertEquals(630, catalog.files().get(0).read().size());
        assertEquals(List.of(), catalog.files(TrainingTarget.BELL));
    }

    @Test
    void missingDataDirectoryIsAnError() {
        Path missing = dir.resolve("nope");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetCatalog.scan(missing));
        assertEquals("data directory " + missing + " does not exist or is not a directory",
                e.getMessage());
    }
}
