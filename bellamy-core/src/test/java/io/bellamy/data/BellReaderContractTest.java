package io.bellamy.data;

import java.util.List;

class BellReaderContractTest extends RunRecordReaderContract {

    @Override
    RunRecordReader reader() {
        return BellReader.fromFileName().keepingOutliers();
    }

    @Override
    String fileName() {
        return "grep.csv";
    }

    @Override
    List<String> validLines() {
        return List.of("Nodes,Runtime", "4,846235", "8,527112");
    }

    @Override
    BadCase truncatedLine() {
        return new BadCase(List.of("Nodes,Runtime", "4,846235", "8"), 3, 2,
                "truncated line: expected 2 fields, got 1");
    }

    @Override
    BadCase nonNumericRuntime() {
        return new BadCase(List.of("Nodes,Runtime", "4,846235", "8,12x"), 3, 2,
                "Runtime must be a number, got '12x'");
    }

    @Override
    BadCase zeroScaleOut() {
        return new BadCase(List.of("Nodes,Runtime", "4,846235", "0,527112"), 3, 1,
                "Nodes must be an integer >= 1, got '0'");
    }

    @Override
    BadCase nonPositiveRuntime() {
        return new BadCase(List.of("Nodes,Runtime", "4,846235", "8,0"), 3, 2,
                "Runtime must be > 0, got '0'");
    }

    @Override
    String headerOnlyContent() {
        return "Nodes,Runtime\n";
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
