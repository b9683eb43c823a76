package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.data.RunRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureLayoutTest {

    private static RunRecord sgd(String machine, String jobArgs, String characteristics) {
        return run(machine, jobArgs, characteristics, "env");
    }

    private static RunRecord run(String machine, String jobArgs, String characteristics,
            String environment) {
        return new RunRecord("sgd", 4, 100, machine, jobArgs, 9730, characteristics, environment,
                "sgd-spark", 64000.0, 16.0);
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
        RunRecord one = sgd("r4.2xlarge", "1", "5 100000000");
        RunRecord two = sgd("wallynode", "100 1.0", "");
        FeatureLayout layout = FeatureLayout.of(List.of(one, two));
        assertEquals(List.of("instance_count", "data_size_MB", "job_args[0]", "job_args[1]",
                "data_characteristics[0]", "data_characteristics[1]", "machine_type=r4.2xlarge",
                "machine_type=wallynode"), layout.columnNames());
        assertArrayEquals(new double[] {4, 9730, 1, -1, 5, 100000000, 1, 0}, layout.row(one), 0.0);
        assertArrayEquals(new double[] {4, 9730, 100, 1, -1, -1, 0, 1}, layout.row(two), 0.0);
        assertArrayEquals(new double[] {4, 9730, 7, 8, -1, -1, 0, 0},
                layout.row(sgd("m5.xlarge", "7 8 9", "")), 0.0);
    }

    @Test
    void numbersAreColumnsOfTheRunsOwnEnvironment() {
        RunRecord c3o = run("r4.2xlarge", "1", "5 100000000", "public cloud aws emr");
        RunRecord bell = run("wallynode", "100 1.0", "", "private cluster yarn");
        FeatureLayout both = FeatureLayout.of(List.of(c3o, bell));
        assertEquals(List.of("instance_count", "data_size_MB",
                "private cluster yarn/job_args[0]", "private cluster yarn/job_args[1]",
                "public cloud aws emr/job_args[0]", "public cloud aws emr/data_characteristics[0]",
                "public cloud aws emr/data_characteristics[1]", "machine_type=r4.2xlarge",
                "machine_type=wallynode"), both.columnNames());
        assertArrayEquals(new double[] {4, 9730, -1, -1, 1, 5, 100000000, 1, 0}, both.row(c3o), 0.0);
        assertArrayEquals(new double[] {4, 9730, 100, 1, -1, -1, -1, 0, 1}, both.row(bell), 0.0);

        // fitted on one environment only (Bell-cross at k = 0): a run of another environment
        // keeps its scale-out, data size and machine type, but has no argument or
        // characteristic numbers in that environment's columns
        FeatureLayout c3oOnly = FeatureLayout.of(List.of(c3o));
        assertEquals(List.of("instance_count", "data_size_MB", "job_args[0]",
                "data_characteristics[0]", "data_characteristics[1]", "machine_type=r4.2xlarge"),
                c3oOnly.columnNames());
        assertArrayEquals(new double[] {4, 9730, -1, -1, -1, 0}, c3oOnly.row(bell), 0.0);
    }

    @Test
    void roundsToFloatPrecisionLikeScikitLearn() {
        FeatureLayout layout = FeatureLayout.of(List.of(sgd("m", "0.001", "")));
        assertEquals((double) 0.001f, layout.row(sgd("m", "0.001", ""))[2], 0.0);
    }
}
