package io.bellamy.data;

class GenericTsvContractTest extends GenericCsvContractTest {

    @Override
    String delimiter() {
        return "\t";
    }

    @Override
    String fileName() {
        return "history.tsv";
    }
}
