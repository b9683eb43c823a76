package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NetworkInputTest {

    @Test
    void derivesRowsAndEncodingSize() {
        NetworkInput in = NetworkFixtures.input(4, 9, 1.0, 1);
        assertEquals(4, in.rows());
        assertEquals(9, in.encodingSize());
        NetworkInput empty = new NetworkInput(new double[0], new double[0], new double[0],
                new double[0], new double[0]);
        assertEquals(0, empty.rows());
        assertEquals(0, empty.encodingSize());
    }

    @Test
    void rejectsInconsistentShapesAndValues() {
        NetworkInput ok = NetworkFixtures.input(2, 5, 1.0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkInput(ok.scaleOut(), ok.essential(), new double[29],
                        ok.optionalMask(), ok.target()));
        assertEquals("optional length must be n x 3 x e = 30, got 29", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkInput(new double[5],
                ok.essential(), ok.optional(), ok.optionalMask(), ok.target()));
        assertThrows(IllegalArgumentException.class, () -> new NetworkInput(ok.scaleOut(),
                new double[49], ok.optional(), ok.optionalMask(), ok.target()));
        assertThrows(IllegalArgumentException.class, () -> new NetworkInput(ok.scaleOut(),
                ok.essential(), ok.optional(), ok.optionalMask(), new double[3]));
        double[] mask = {1, 0, 0.5, 1, 1, 1};
        e = assertThrows(IllegalArgumentException.class, () -> new NetworkInput(ok.scaleOut(),
                ok.essential(), ok.optional(), mask, ok.target()));
        assertEquals("optionalMask[2] must be 0.0 or 1.0, got 0.5", e.getMessage());
        double[] essential = ok.essential().clone();
        essential[7] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class, () -> new NetworkInput(ok.scaleOut(),
                essential, ok.optional(), ok.optionalMask(), ok.target()));
        assertEquals("essential[7] must be finite, got NaN", e.getMessage());
    }

    @Test
    void configValidatesItsFields() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkConfig(7, 40, 0.1, 64));
        assertEquals("hidden size must be even and >= 2, got 7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkConfig(8, 0, 0.1, 64));
        assertThrows(IllegalArgumentException.class, () -> new NetworkConfig(8, 40, 1.0, 64));
        assertThrows(IllegalArgumentException.class, () -> new NetworkConfig(8, 40, 0.1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Objective.PRETRAINING.withTargetNoise(-1));
    }
}
