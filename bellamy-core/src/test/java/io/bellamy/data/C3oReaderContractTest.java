package io.bellamy.data;

import java.util.List;

class C3oReaderContractTest extends RunRecordReaderContract {

    private static final String HEADER = "instance_count\tmachine_type\tslots\tmemory\tdata_size_MB"
            + "\tline_length\tlines\tp_occurrence\tgross_runtime";

    private static String row(String scaleOut, String runtime) {
        return scaleOut + "\tc4.2xlarge\t16\t30000\t15150\t100\t150000000\t0.5\t" + runtime;
    }

    @Override
    RunRecordReader reader() {
        return C3oReader.fromFileName();
    }

    @Override
    String fileName() {
        return "grep.tsv";
    }

    @Override
    List<String> validLines() {
        return List.of(HEADER, row("2", "150"), row("4", "80.5"));
    }

    @Override
    BadCase truncatedLine() {
        return new BadCase(List.of(HEADER, row("2", "150"),
                "2\tc4.2xlarge\t16\t30000\t15150\t100\t150000000"), 3, 8,
                "truncated line: expected 9 fields, got 7");
    }

    @Override
    BadCase nonNumericRuntime() {
        return new BadCase(List.of(HEADER, row("2", "150"), row("4", "abc")), 3, 9,
                "gross_runtime must be a number, got 'abc'");
    }

    @Override
    BadCase zeroScaleOut() {
        return new BadCase(List.of(HEADER, row("2", "150"), row("0", "150")), 3, 1,
                "instance_count must be an integer >= 1, got '0'");
    }

    @Override
    BadCase nonPositiveRuntime() {
        return new BadCase(List.of(HEADER, row("2", "150"), row("4", "-5")), 3, 9,
                "gross_runtime must be > 0, got '-5'");
    }

    @Override
    String headerOnlyContent() {
        return HEADER + "\n";
    }

    @Override
    String headerOnlyMessage() {
        return ":1:0: no data rows after the header";
    }

    @Override
    String emptyFileMessage() {
        return ":1:0: empty file, expected a header line";
    }
}
