package io.bellamy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void defaultsAreThePrototypes() {
        BellamyConfig c = BellamyConfig.defaults();
        assertEquals(8, c.model().hiddenDim());
        assertEquals(40, c.model().encodingDim());
        assertEquals(64, c.model().batchSize());
        assertEquals(2500, c.model().epochs());
        assertEquals(12, c.search().trials());
        assertEquals(4, c.search().concurrency());
        assertEquals(List.of(0.05, 0.1, 0.2), c.search().space().get("dropout"));
        assertEquals(1000, c.search().asha().gracePeriod());
        assertEquals(1000, c.fineTuning().patience());
        assertEquals(5.0, c.fineTuning().maeThreshold(), 0.0);
    }

    @Test
    void fileOverridesSubsetOfKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bellamy.yml");
        Files.writeString(file, "model:\n  dropout: 0.2\nsearch:\n  trials: 6\n  space:\n"
                + "    lr: [0.01]\nprices:\n  m4.xlarge: 0.2\n");
        BellamyConfig c = loader.load(file);
        assertEquals(0.2, c.model().dropout(), 0.0);
        assertEquals(64, c.model().batchSize());
        assertEquals(6, c.search().trials());
        assertEquals(List.of(0.01), c.search().space().get("lr"));
        assertEquals(0.2, c.prices().get("m4.xlarge"), 0.0);
    }

    @Test
    void unknownKeyNamesKeyAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.parse("model:\n  dropout: 0.2\n  hiden_dim: 4\n", "c.yml"));
        assertEquals("c.yml:3: unknown configuration key 'model.hiden_dim'", e.getMessage());
    }

    @Test
    void badValueNamesKeyAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.parse("search:\n  trials: 3\nmodel:\n  dropout: 1.5\n", "c.yml"));
        assertEquals("c.yml:4: model.dropout must be in [0, 1), got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> loader.parse("model:\n  epochs: many\n", "c.yml"));
        assertTrue(e.getMessage().startsWith("c.yml:2: model.epochs"), e.getMessage());
    }

    @Test
    void malformedYamlNamesLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.parse("model:\n  dropout: [0.1\n", "c.yml"));
        assertTrue(e.getMessage().startsWith("c.yml:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
    }

    @Test
    void showRoundTrips() {
        BellamyConfig c = BellamyConfig.defaults();
        assertEquals(c, loader.parse(loader.toYaml(c), "shown"));
    }

    @Test
    void missingFileIsClear(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.load(dir.resolve("nope.yml")));
        assertTrue(e.getMessage().contains("cannot read config file"), e.getMessage());
    }
}
