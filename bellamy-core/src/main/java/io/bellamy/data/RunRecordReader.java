package io.bellamy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one data file into run records.
 *
 * <p>A reader reads the whole file or fails: it never returns part of a file. Every reader
 * accepts UTF-8 with or without a byte-order mark and LF or CRLF line ends.
 */
public interface RunRecordReader {

    /**
     * Reads every run record of the file, in file order unless the format says otherwise.
     *
     * @param file the file to read
     * @return the records, never empty
     * @throws DataFormatException when the content is not valid for the format, with the
     *     file, line and column of the first problem
     * @throws IOException when the file cannot be read
     */
    List<RunRecord> read(Path file) throws IOException;
}
