package io.bellamy.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.training.PretrainEngineProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SparkSubmitMainTest {

    @Test
    void takesThePretrainArgumentsAndPicksTheSparkEngine() {
        assertArrayEquals(new String[] {"pretrain", "--all", "-tt", "c3o", "--engine", "spark"},
                SparkSubmitMain.command(new String[] {"--all", "-tt", "c3o"}));
        assertArrayEquals(new String[] {"pretrain", "-a", "grep", "--engine=local"},
                SparkSubmitMain.command(new String[] {"-a", "grep", "--engine=local"}));
    }

    @Test
    void theSparkEngineIsAServiceTheCommandLineFinds() {
        assertEquals(1, ServiceLoader.load(PretrainEngineProvider.class).stream()
                .filter(p -> p.type() == SparkPretrainEngineProvider.class).count());
        assertEquals("spark", new SparkPretrainEngineProvider().name());
    }
}
