package io.bellamy.data;

import java.util.List;

class GenericCsvContractTest extends RunRecordReaderContract {

    /** The delimiter of the variant under test. */
    String delimiter() {
        return ",";
    }

    @Override
    String fileName() {
        return "history.csv";
    }

    private String line(String... fields) {
        return String.join(delimiter(), fields);
    }

    private String header() {
        return line("algorithm", "instance_count", "gross_runtime", "machine_type");
    }

    @Override
    RunRecordReader reader() {
        return GenericReader.create();
    }

    @Override
    List<String> validLines() {
        return List.of(header(), line("grep", "2", "150.5", "c4.2xlarge"),
                line("grep", "4", "80", "c4.2xlarge"));
    }

    @Override
    BadCase truncatedLine() {
        return new BadCase(List.of(header(), line("grep", "2", "150.5", "c4.2xlarge"),
                line("grep", "4")), 3, 3, "truncated line: expected 4 fields, got 2");
    }

    @Override
    BadCase nonNumericRuntime() {
        return new BadCase(List.of(header(), line("grep", "2", "150.5", "c4.2xlarge"),
                line("grep", "4", "fast", "c4.2xlarge")), 3, 3,
                "gross_runtime must be a number, got 'fast'");
    }

    @Override
    BadCase zeroScaleOut() {
        return new BadCase(List.of(header(), line("grep", "2", "150.5", "c4.2xlarge"),
                line("grep", "0", "80", "c4.2xlarge")), 3, 2,
                "instance_count must be an integer >= 1, got '0'");
    }

    @Override
    BadCase nonPositiveRuntime() {
        return new BadCase(List.of(header(), line("grep", "2", "150.5", "c4.2xlarge"),
                line("grep", "4", "0.0", "c4.2xlarge")), 3, 3,
                "gross_runtime must be > 0, got '0.0'");
    }

    @Override
    String headerOnlyContent() {
        return header() + "\n\n";
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
