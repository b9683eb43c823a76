package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

    @Test
    void messageIsFileLineColumnReason() {
        Path file = Path.of("data", "c3o", "grep.tsv");
        NumberFormatException cause = new NumberFormatException("x");
        DataFormatException e = new DataFormatException(file, 12, 3, "bad value 'x'", cause);
        assertEquals(file + ":12:3: bad value 'x'", e.getMessage());
        assertEquals(file, e.file());
        assertEquals(12, e.line());
        assertEquals(3, e.column());
        assertEquals("bad value 'x'", e.reason());
        assertSame(cause, e.getCause());
        assertEquals(file + ":1:0: empty", new DataFormatException(file, 1, 0, "empty").getMessage());
    }

    @Test
    void rejectsImpossibleLocations() {
        Path file = Path.of("f.csv");
        assertThrows(IllegalArgumentException.class, () -> new DataFormatException(file, 0, 1, "r"));
        assertThrows(IllegalArgumentException.class, () -> new DataFormatException(file, 1, -1, "r"));
    }
}
