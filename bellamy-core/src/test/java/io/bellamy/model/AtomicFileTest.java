package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void createsParentsAndReplacesWholeFiles() throws IOException {
        Path file = dir.resolve("a/b/entry.bin");
        AtomicFile.write(file, bytes("first, longer content"), ".entry", true);
        AtomicFile.write(file, bytes("second"), ".entry", false);

        assertArrayEquals(bytes("second"), Files.readAllBytes(file));
        assertTrue(onlyFile(file.getParent(), file), "no temporary file is left");
    }

    @Test
    void aFailedMoveKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
        // a non-empty directory cannot be replaced by a file: the move fails
        Path target = dir.resolve("target");
        Files.createDirectories(target.resolve("inside"));

        assertThrows(IOException.class, () -> AtomicFile.write(target, bytes("x"), ".target", true));

        assertTrue(Files.isDirectory(target.resolve("inside")), "the old content stays");
        assertTrue(onlyFile(dir, target), "no temporary file is left");
    }

    private static boolean onlyFile(Path dir, Path expected) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.allMatch(expected::equals);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
