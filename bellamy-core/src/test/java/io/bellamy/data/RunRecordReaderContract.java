package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link RunRecordReader} must do: read a whole valid file (also with a BOM and
 * CRLF line ends) and refuse empty files, truncated lines, non-numeric runtimes, zero
 * scale-outs and non-positive runtimes with {@code file:line:column: reason}.
 */
abstract class RunRecordReaderContract {

    /** A bad file and the error it must give. */
    record BadCase(List<String> lines, long line, int column, String reasonPrefix) {
    }

    @TempDir
    Path dir;

    /** The reader under test. */
    abstract RunRecordReader reader();

    /** The name test files get, e.g. {@code grep.tsv}. */
    abstract String fileName();

    /** The lines of a valid file, header first if the format has one; two records. */
    abstract List<String> validLines();

    abstract BadCase truncatedLine();

    abstract BadCase nonNumericRuntime();

    abstract BadCase zeroScaleOut();

    abstract BadCase nonPositiveRuntime();

    /** Content with a header but no records (blank lines for header-less formats). */
    abstract String headerOnlyContent();

    abstract String headerOnlyMessage();

    abstract String emptyFileMessage();

    Path write(String content) throws IOException {
        Path file = dir.resolve(fileName());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static String lf(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void readsEveryRecordOfAValidFile() throws IOException {
        List<RunRecord> records = reader().read(write(lf(validLines())));
        assertEquals(2, records.size());
    }

    @Test
    void acceptsByteOrderMarkAndCrlfLineEnds() throws IOException {
        List<RunRecord> plain = reader().read(write(lf(validLines())));
        String windows = "\uFEFF" + String.join("\r\n", validLines()) + "\r\n";
        assertEquals(plain, reader().read(write(windows)));
        String noFinalNewline = "\uFEFF" + String.join("\r\n", validLines());
        assertEquals(plain, reader().read(write(noFinalNewline)));
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path file = write("");
        DataFormatException e = assertThrows(DataFormatException.class, () -> reader().read(file));
        assertEquals(file + emptyFileMessage(), e.getMessage());
    }

    @Test
    void fileWithoutRecordsIsAnError() throws IOException {
        Path file = write(headerOnlyContent());
        DataFormatException e = assertThrows(DataFormatException.class, () -> reader().read(file));
        assertEquals(file + headerOnlyMessage(), e.getMessage());
    }

    @Test
    void truncatedLineIsAnError() throws IOException {
        assertFails(truncatedLine());
    }

    @Test
    void nonNumericRuntimeIsAnError() throws IOException {
        assertFails(nonNumericRuntime());
    }

    @Test
    void zeroScaleOutIsAnError() throws IOException {
        assertFails(zeroScaleOut());
    }

    @Test
    void nonPositiveRuntimeIsAnError() throws IOException {
        assertFails(nonPositiveRuntime());
    }

    private void assertFails(BadCase bad) throws IOException {
        Path file = write(lf(bad.lines()));
        DataFormatException e = assertThrows(DataFormatException.class, () -> reader().read(file));
        String where = file + ":" + bad.line() + ":" + bad.column() + ": ";
        assertTrue(e.getMessage().startsWith(where + bad.reasonPrefix()),
                () -> "expected '" + where + bad.reasonPrefix() + "...', got '" + e.getMessage()
                        + "'");
        assertEquals(file, e.file());
        assertEquals(bad.line(), e.line());
        assertEquals(bad.column(), e.column());
    }
}
