package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirResolverTest {

    @TempDir
    Path root;
    Path work;

    @BeforeEach
    void layout() throws IOException {
        work = Files.createDirectories(root.resolve("repo"));
    }

    private DataDirResolver resolver(Map<String, String> env) {
        return new DataDirResolver(env, work);
    }

    @Test
    void explicitOptionWins() throws IOException {
        Path mine = Files.createDirectories(root.resolve("mine"));
        Files.createDirectories(work.resolve("data"));
        Path env = Files.createDirectories(root.resolve("env"));
        assertEquals(mine, resolver(Map.of("BELLAMY_DATA_DIR", env.toString())).resolve("../mine"));
        assertEquals(mine, resolver(Map.of()).resolve(mine.toString()));
    }

    @Test
    void environmentComesNext() throws IOException {
        Path env = Files.createDirectories(root.resolve("env"));
        Files.createDirectories(work.resolve("data"));
        assertEquals(env, resolver(Map.of("BELLAMY_DATA_DIR", env.toString())).resolve(null));
    }

    @Test
    void thenLocalDataThenSharedDatasets() throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared/datasets"));
        assertEquals(shared, resolver(Map.of()).resolve(null));
        Path local = Files.createDirectories(work.resolve("data"));
        assertEquals(local, resolver(Map.of("BELLAMY_DATA_DIR", " ")).resolve(null));
    }

    @Test
    void nothingFoundListsEveryPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver(Map.of()).resolve(null));
        assertEquals("no data directory found; looked at: --data-dir (not given); "
                + "BELLAMY_DATA_DIR (not set); " + work.resolve("data") + " (does not exist); "
                + root.resolve("shared/datasets") + " (does not exist). Run `bellamy data fetch` "
                + "to download the public datasets into ./data, or pass --data-dir.",
                e.getMessage());
    }

    @Test
    void explicitOrEnvironmentDirectoryMustExist() throws IOException {
        Files.createDirectories(work.resolve("data"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> resolver(Map.of()).resolve("missing"));
        assertEquals("data directory " + work.resolve("missing") + " (from --data-dir missing) "
                + "does not exist or is not a directory. Run `bellamy data fetch` to download "
                + "the public datasets there.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> resolver(Map.of("BELLAMY_DATA_DIR", "/no/such/dir")).resolve(null));
        assertEquals("data directory /no/such/dir (from BELLAMY_DATA_DIR=/no/such/dir) "
                + "does not exist or is not a directory. Run `bellamy data fetch` to download "
                + "the public datasets there.", e.getMessage());
    }

    @Test
    void fetchTargetNeedNotExist() {
        assertEquals(work.resolve("data"), resolver(Map.of()).fetchTarget(null));
        assertEquals(root.resolve("x"),
                resolver(Map.of("BELLAMY_DATA_DIR", root.resolve("x").toString())).fetchTarget(null));
        assertEquals(work.resolve("d2"),
                resolver(Map.of("BELLAMY_DATA_DIR", "/elsewhere")).fetchTarget("d2"));
    }
}
