package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void laysOutGroupsContiguously() {
        Parameters.Builder b = Parameters.builder();
        assertEquals(0, b.add("x", 3));
        assertEquals(3, b.add("x", 2));
        assertEquals(5, b.add("y", 4));
        Parameters p = b.build();
        assertEquals(9, p.size());
        assertEquals(List.of(new ParameterGroup("x", 0, 5), new ParameterGroup("y", 5, 4)),
                p.groups());
        assertEquals(1, p.groupIndexAt(7));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add("x", 1));
        assertTrue(e.getMessage().contains("'x' is closed"), e.getMessage());
    }

    @Test
    void freezesByName() {
        Parameters.Builder b = Parameters.builder();
        b.add("x", 1);
        b.add("y", 1);
        Parameters p = b.build();
        p.setFrozen("y", true);
        assertTrue(p.isFrozen("y"));
        assertFalse(p.isFrozen("x"));
        p.setAllFrozen(true);
        assertTrue(p.isFrozen(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.setFrozen("z", true));
        assertEquals("unknown parameter group 'z', known: [x, y]", e.getMessage());
    }

    @Test
    void copiesValuesAndFlags() {
        Parameters.Builder b = Parameters.builder();
        b.add("x", 2);
        Parameters p = b.build();
        p.setValues(new double[] {1, 2});
        p.setFrozen("x", true);
        double[] snapshot = p.copyValues();
        p.values()[0] = 9;
        assertArrayEquals(new double[] {1, 2}, snapshot, 0.0);
        Parameters.Builder b2 = Parameters.builder();
        b2.add("x", 2);
        Parameters q = b2.build();
        q.copyFrom(p);
        assertArrayEquals(new double[] {9, 2}, q.values(), 0.0);
        assertTrue(q.isFrozen("x"));
        assertThrows(IllegalArgumentException.class, () -> p.setValues(new double[3]));
    }
}
