package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PredictionRequestReaderTest {

    private final PredictionRequestReader reader = new PredictionRequestReader();

    @Test
    void readsThePrototypesExampleRequest() {
        Path example = Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("examples/example-request.yml");
        PredictionRequest r = reader.read(example);
        assertEquals(new PredictionRequest(2, 12, "c4.2xlarge", "computer", 15150, "",
                "public cloud aws emr", "", null, null), r);
    }

    @Test
    void jsonWithOptionalPropertiesScalesMemoryAndSlotsPerNode() {
        PredictionRequest r = reader.parse("{\"min_scale_out\": 4, \"max_scale_out\": 8,"
                + "\"essential_properties\": {\"machine_type\": \"m4.xlarge\", \"job_args\": \"\","
                + "\"data_size_MB\": 100, \"data_characteristics\": \"a b\", \"environment\": \"x\"},"
                + "\"optional_properties\": {\"memory\": 16000, \"slots\": 4}}", "r.json", true);
        assertEquals("", r.jobType());
        RunRecord at6 = r.asRecord("sort", 6);
        assertEquals(96000.0, at6.memory(), 0.0);
        assertEquals(24.0, at6.slots(), 0.0);
        assertEquals(6, at6.instanceCount());
    }

    @Test
    void missingEssentialPropertyIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse("min_scale_out: 2\nmax_scale_out: 12\nessential_properties:\n"
                        + "  machine_type: c4.2xlarge\n  data_size_MB: 15150\n  job_args: computer\n"
                        + "  data_characteristics: ''\n", "req.yml", false));
        assertEquals("req.yml:3: missing essential property 'environment'", e.getMessage());
    }

    @Test
    void badRangeAndUnknownKeysAndMalformedText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse(yaml(12, 2), "req.yml", false));
        assertEquals("req.yml: min_scale_out (12) must not exceed max_scale_out (2)",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse(yaml(0, 2), "req.yml", false));
        assertEquals("req.yml: min_scale_out must be >= 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse(yaml(2, 4) + "colour: red\n", "req.yml", false));
        assertTrue(e.getMessage().startsWith("req.yml:9: unknown request key 'colour'"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse("min_scale_out: [2\n", "req.yml", false));
        assertTrue(e.getMessage().startsWith("req.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed request"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> reader.parse(yaml(2, 4).replace("15150", "lots"), "req.yml", false));
        assertEquals("req.yml:5: 'essential_properties.data_size_MB' must be a number, got 'lots'",
                e.getMessage());
    }

    @Test
    void historyMatchesNonEmptyEssentialProperties() {
        PredictionRequest r = reader.parse(yaml(2, 12), "req.yml", false);
        RunRecord same = new RunRecord("grep", 4, 10, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", null, null);
        RunRecord other = new RunRecord("grep", 4, 10, "m4.xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", null, null);
        assertTrue(r.matches(same));
        assertTrue(!r.matches(other));
        assertNull(r.memoryPerNode());
    }

    private static String yaml(int min, int max) {
        return "min_scale_out: " + min + "\nmax_scale_out: " + max + "\nessential_properties:\n"
                + "  machine_type: c4.2xlarge\n  data_size_MB: 15150\n  job_args: computer\n"
                + "  data_characteristics: ''\n  environment: public cloud aws emr\n";
    }
}
