package io.bellamy.data;

import java.util.List;

class GenericJsonLinesContractTest extends RunRecordReaderContract {

    private static final String FIRST =
            "{\"algorithm\": \"grep\", \"instance_count\": 2, \"gross_runtime\": 150.5}";

    private static int columnOf(String line, String part) {
        return line.indexOf(part) + 1;
    }

    @Override
    RunRecordReader reader() {
        return GenericReader.create();
    }

    @Override
    String fileName() {
        return "history.jsonl";
    }

    @Override
    List<String> validLines() {
        return List.of(FIRST, "{\"algorithm\": \"grep\", \"instance_count\": 4, "
                + "\"gross_runtime\": 80, \"machine_type\": \"c4.2xlarge\", \"memory\": null}");
    }

    @Override
    BadCase truncatedLine() {
        String cut = "{\"algorithm\": \"grep\", \"instance_count\": 4";
        return new BadCase(List.of(FIRST, cut), 2, cut.length() + 1,
                "invalid JSON: Unexpected end-of-input");
    }

    @Override
    BadCase nonNumericRuntime() {
        String bad = "{\"algorithm\": \"grep\", \"instance_count\": 4, \"gross_runtime\": \"fast\"}";
        return new BadCase(List.of(FIRST, bad), 2, columnOf(bad, "\"fast\""),
                "gross_runtime must be a JSON number, got string \"fast\"");
    }

    @Override
    BadCase zeroScaleOut() {
        String bad = "{\"algorithm\": \"grep\", \"instance_count\": 0, \"gross_runtime\": 80}";
        return new BadCase(List.of(FIRST, bad), 2, columnOf(bad, "0,"),
                "instance_count must be an integer >= 1, got '0'");
    }

    @Override
    BadCase nonPositiveRuntime() {
        String bad = "{\"algorithm\": \"grep\", \"instance_count\": 4, \"gross_runtime\": -3.5}";
        return new BadCase(List.of(FIRST, bad), 2, columnOf(bad, "-3.5"),
                "gross_runtime must be > 0, got '-3.5'");
    }

    @Override
    String headerOnlyContent() {
        return "\n   \n";
    }

    @Override
    String headerOnlyMessage() {
        return ":1:0: empty file, expected one JSON object per line";
    }

    @Override
    String emptyFileMessage() {
        return ":1:0: empty file, expected one JSON object per line";
    }
}
