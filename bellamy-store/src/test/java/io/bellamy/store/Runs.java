package io.bellamy.store;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic run records for the store tests. */
final class Runs {

    private Runs() {
    }

    /** A grep run on C3O-like properties at a scale-out and runtime. */
    static RunRecord grep(int scaleOut, double runtime) {
        return new RunRecord("grep", scaleOut, runtime, "m4.xlarge", "computer", 15150.0,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark",
                15.0 * scaleOut, 4.0 * scaleOut);
    }

    /** A run of another algorithm without memory and slots. */
    static RunRecord sort(int scaleOut, double runtime) {
        return new RunRecord("sort", scaleOut, runtime, "c4.2xlarge", "", 8000.0, "100 80000000",
                "public cloud aws emr", "sort-spark", null, null);
    }

    /** A copy of {@code r} with one context property changed. */
    static RunRecord with(RunRecord r, ContextProperty property, Object value) {
        String text = property.numeric() ? null : (String) value;
        return new RunRecord(r.algorithm(), r.instanceCount(), r.grossRuntime(),
                property == ContextProperty.MACHINE_TYPE ? text : r.machineType(),
                property == ContextProperty.JOB_ARGS ? text : r.jobArgs(),
                property == ContextProperty.DATA_SIZE_MB ? (Double) value : r.dataSizeMB(),
                property == ContextProperty.DATA_CHARACTERISTICS ? text : r.dataCharacteristics(),
                property == ContextProperty.ENVIRONMENT ? text : r.environment(),
                property == ContextProperty.JOB_TYPE ? text : r.jobType(),
                r.memory(), r.slots());
    }

    /** A value of {@code property} that no record of this class has. */
    static Object otherValue(ContextProperty property) {
        return property.numeric() ? (Object) 99.5 : "other " + property.key();
    }

    /** {@code n} grep runs at scale-outs 1.. with runtimes 100, 101, ... */
    static List<RunRecord> manyGrep(int n) {
        List<RunRecord> runs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            runs.add(grep(1 + i % 12, 100.0 + i));
        }
        return runs;
    }

    /** A fake SHA-256 digest built from a small number, for imports of synthetic runs. */
    static String digest(int n) {
        return String.format("%064x", n);
    }
}
