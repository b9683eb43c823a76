package io.bellamy.training;

import io.bellamy.data.C3oReader;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The public C3O data beside the repository, for training tests. */
final class RealData {
    private RealData() {
    }

    static List<RunRecord> c3o(String algorithm) {
        Path file = Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/" + algorithm + ".tsv");
        try {
            return C3oReader.fromFileName().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code stride}-th context in sorted order, starting at {@code offset}. */
    static Set<ContextKey> everyNthContext(List<RunRecord> records, int stride, int offset) {
        List<ContextKey> sorted = List.copyOf(records.stream().map(RunRecord::context)
                .collect(Collectors.toCollection(TreeSet::new)));
        Set<ContextKey> picked = new TreeSet<>();
        for (int i = offset; i < sorted.size(); i += stride) {
            picked.add(sorted.get(i));
        }
        return picked;
    }
}
