package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.data.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureLayoutTest {

    private static RunRecord sgd(String machine, String jobArgs, String characteristics) {
        return new RunRecord("sgd", 4, 100, machine, jobArgs, 9730, characteristics, "env", "sgd-spark",
                64000.0, 16.0);
    }

    @Test
    void extractsNumericTokensInOrder() {
        assertArrayEquals(new double[] {100, 150000000, 0.5}, FeatureLayout.numbers("100 150000000 0.5"), 0.0);
        assertArrayEquals(new double[] {3, 0.001}, FeatureLayout.numbers(" 3  0.001 "), 0.0);
        assertArrayEquals(new double[0], FeatureLayout.numbers("computer"), 0.0);
        assertArrayEquals(new double[0], FeatureLayout.numbers(""), 0.0);
        assertArrayEquals(new double[] {1e-3, 5}, FeatureLayout.numbers("1e-3 NaN x 5 Infinity"), 0.0);
    }

    @Test
    void layoutCoversTheLongestRunAndPadsWithAbsent() {
        RunRecord c3o = sgd("r4.2xlarge", "1", "5 100000000");
        RunRecord bell = sgd("wallynode", "100 1.0", "");
        FeatureLayout layout = FeatureLayout.of(List.of(c3o, bell));
        assertEquals(List.of("instance_count", "data_size_MB", "job_args[0]", "job_args[1]",
                "data_characteristics[0]", "data_characteristics[1]", "machine_type=r4.2xlarge",
                "machine_type=wallynode"), layout.columnNames());
        assertArrayEquals(new double[] {4, 9730, 1, -1, 5, 100000000, 1, 0}, layout.row(c3o), 0.0);
        assertArrayEquals(new double[] {4, 9730, 100, 1, -1, -1, 0, 1}, layout.row(bell), 0.0);
        assertArrayEquals(new double[] {4, 9730, 7, 8, -1, -1, 0, 0},
                layout.row(sgd("m5.xlarge", "7 8 9", "")), 0.0);
    }

    @Test
    void roundsToFloatPrecisionLikeScikitLearn() {
        FeatureLayout layout = FeatureLayout.of(List.of(sgd("m", "0.001", "")));
        assertEquals((double) 0.001f, layout.row(sgd("m", "0.001", ""))[2], 0.0);
    }
}
