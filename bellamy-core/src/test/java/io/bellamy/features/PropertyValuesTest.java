package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import org.junit.jupiter.api.Test;

/** Property values of records and requests, and what counts as present. */
class PropertyValuesTest {

    @Test
    void recordValuesAreTheRecordsFields() {
        RunRecord r = new RunRecord("grep", 4, 90, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", 60000.0, 32.0);
        PropertyValues v = PropertyValues.of(r);
        assertEquals(new PropertyValues("c4.2xlarge", "computer", 15150.0, "100 150000000 0.5",
                "public cloud aws emr", "grep-spark", 60000.0, 32.0), v);
        assertEquals("computer", Property.JOB_ARGS.text(v));
        assertEquals(60000.0, Property.MEMORY.number(v));
    }

    @Test
    void perNodeValuesScaleMemoryAndSlotsOnly() {
        PropertyValues perNode = PropertyValues.essential("m", "a", 10.0, "c", "e")
                .withOptional("t", 1500.5, 4.0);
        PropertyValues at3 = perNode.atScaleOut(3);
        assertEquals(4501.5, at3.memory(), 0.0);
        assertEquals(12.0, at3.slots(), 0.0);
        assertEquals(10.0, at3.dataSizeMB(), 0.0);
        assertEquals("t", at3.jobType());
        assertNull(PropertyValues.essential("m", "a", 10.0, "c", "e").atScaleOut(3).memory());
        assertThrows(IllegalArgumentException.class, () -> perNode.atScaleOut(0));
    }

    @Test
    void presenceIsNonEmptyTextOrNonNullNumber() {
        PropertyValues v = new PropertyValues(null, null, null, null, null, null, null, 0.0);
        assertEquals("", v.machineType());
        assertFalse(Property.JOB_TYPE.isPresent(v));
        assertFalse(Property.MEMORY.isPresent(v));
        assertTrue(Property.SLOTS.isPresent(v));
        assertTrue(Property.JOB_TYPE.isPresent(v.withOptional(" ", null, null)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Property.MEMORY.text(v));
        assertTrue(e.getMessage().contains("memory is not a text property"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> v.withOptional("", Double.NaN, null));
        assertTrue(bad.getMessage().contains("memory must be a finite number >= 0"), bad.getMessage());
    }
}
