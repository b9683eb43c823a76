package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's archive-recording run: every command it runs must succeed. */
class ArchiveTrainingTest {

    @TempDir
    Path dir;

    @Test
    void pretrainsPredictsAndAsksTheServiceWithoutAFailure() throws Exception {
        assertEquals(0, ArchiveTraining.run(dir));
        assertTrue(Files.isRegularFile(dir.resolve("models/c3o/grep/model.json")));
        assertTrue(Files.list(dir.resolve("models/.finetune-cache")).findAny().isPresent(),
                "the classic prediction fine-tuned and cached");
    }
}
