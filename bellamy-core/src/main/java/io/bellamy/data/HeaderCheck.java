package io.bellamy.data;

import java.nio.file.Path;
import java.util.List;

/** Checks that a table's header has exactly the columns a format expects, in any order. */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /**
     * Requires every expected column and no other.
     *
     * @param what the format, for messages, e.g. {@code C3O kmeans}
     * @throws DataFormatException at the first unknown column, or at the header line for a
     *     missing one
     */
    static void requireExactly(Path file, DelimitedTable.Header header, List<String> expected,
            String what) {
        List<String> names = header.names();
        for (int i = 0; i < names.size(); i++) {
            if (!expected.contains(names.get(i))) {
                throw new DataFormatException(file, header.line(), i + 1,
                        "unknown column '" + names.get(i) + "' for " + what + "; expected "
                                + String.join(", ", expected));
            }
        }
        for (String column : expected) {
            if (!names.contains(column)) {
                throw new DataFormatException(file, header.line(), 0,
                        "missing column '" + column + "' for " + what + "; expected "
                                + String.join(", ", expected));
            }
        }
    }
}
