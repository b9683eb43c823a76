package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingTargetTest {

    @Test
    void parsesIdsIgnoringCase() {
        assertEquals(TrainingTarget.C3O, TrainingTarget.parse("c3o"));
        assertEquals(TrainingTarget.BELL, TrainingTarget.parse(" Bell "));
        assertEquals(TrainingTarget.ALL, TrainingTarget.parse("ALL"));
        assertEquals("c3o", TrainingTarget.C3O.id());
        assertEquals("bell", TrainingTarget.BELL.id());
        assertEquals("all", TrainingTarget.ALL.toString());
    }

    @Test
    void unknownIdListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingTarget.parse("spark"));
        assertEquals("unknown training target 'spark'; valid: c3o, bell, all", e.getMessage());
    }

    @Test
    void selectsSources() {
        assertTrue(TrainingTarget.C3O.selects("c3o"));
        assertFalse(TrainingTarget.C3O.selects("bell"));
        assertTrue(TrainingTarget.BELL.selects("bell"));
        assertFalse(TrainingTarget.BELL.selects("c3o"));
        assertTrue(TrainingTarget.ALL.selects("c3o"));
        assertTrue(TrainingTarget.ALL.selects("bell"));
        assertTrue(TrainingTarget.ALL.selects("history"));
    }
}
