package io.bellamy.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Whole-file writes that readers see either complete or not at all: the bytes go to a temporary
 * file in the same directory (optionally forced to the disk), and the file is moved over the
 * target (atomically where the file system can). A failed write leaves the old file, never a
 * partial one, and no temporary file behind.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Replaces {@code file} with {@code bytes}, creating the parent directories.
     *
     * @param tempPrefix the temporary file's name prefix (e.g. {@code "." + file name}), so a
     *     left-over of a killed process is recognisable
     * @param force whether the bytes reach the disk before the move (for files that must survive
     *     a power loss, such as models; a cache entry that is lost costs a recomputation only)
     */
    public static void write(Path file, byte[] bytes, String tempPrefix, boolean force)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, tempPrefix, ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                if (force) {
                    ch.force(true);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
