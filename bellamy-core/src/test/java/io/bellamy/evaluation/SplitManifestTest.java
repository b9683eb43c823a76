package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsTheC3oManifest() throws IOException {
        SplitManifest m = SplitManifest.read(EvalFixtures.c3oManifest());
        assertEquals(EvaluationVariant.C3O, m.variant());
        assertEquals(930, m.cases().size());
        assertEquals(List.of("grep", "kmeans", "pagerank", "sgd", "sort"),
                m.algorithms().keySet().stream().sorted().toList());
        assertEquals(27, m.algorithms().get("grep").contexts().size());
        assertEquals(new SplitManifest.ManifestContext("grep-c00",
                List.of("c4.2xlarge", "15150", "100", "150000000", "0.5"), 4),
                m.algorithms().get("grep").contexts().get(0));
        assertTrue(m.meta().get("fold_rule").contains("random.Random(42).shuffle"));
        EvaluationCase first = m.cases().get(0);
        assertEquals("c3o/grep/f0/grep-c16/k0", first.caseId());
        assertEquals(List.of("m4.2xlarge", "17675", "100", "175000000", "0.0"), first.contextKey());
        assertEquals(2066491192L, first.seed());
        assertEquals(21, first.pretrainContexts().size());
        assertEquals(new TestPoint(2, 180.0, PointLabel.EXTRAPOLATION), first.test().get(0));
        EvaluationCase last = m.cases().get(929);
        assertEquals("c3o/sort/f4/sort-c03/k5", last.caseId());
        assertEquals(List.of(2, 6, 8, 10, 12), last.trainScaleOuts());
        assertEquals(List.of(new TestPoint(4, 338.0, PointLabel.INTERPOLATION)), last.test());
    }

    @Test
    void readsTheBellManifest() throws IOException {
        SplitManifest m = SplitManifest.read(EvalFixtures.bellManifest());
        assertEquals(EvaluationVariant.BELL_CROSS, m.variant());
        assertEquals(48, m.cases().size());
        assertTrue(m.algorithms().get("grep").contexts().isEmpty());
        EvaluationCase last = m.cases().get(47);
        assertEquals("bell/sgd/bell-sgd/k5/s2", last.caseId());
        assertEquals(-1, last.fold());
        assertEquals(2, last.rep());
        assertEquals(30, last.pretrainContexts().size());
        assertEquals(List.of(4, 8, 20, 28, 44), last.trainScaleOuts());
        assertEquals(new TestPoint(12, 424.834, PointLabel.INTERPOLATION), last.test().get(0));
    }

    /** The C3O manifest with case {@code index} changed by {@code edit}. */
    private Path edited(int index, Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(EvalFixtures.c3oManifest().toFile());
        edit.accept((ObjectNode) root.get("cases").get(index));
        Path file = dir.resolve("splits.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    private String error(Path file) {
        return assertThrows(IllegalArgumentException.class, () -> SplitManifest.read(file))
                .getMessage();
    }

    @Test
    void refusesMissingAndUnknownFields() throws IOException {
        Path file = edited(0, c -> c.set("repetition", c.remove("rep")));
        assertEquals(file + ": case 'c3o/grep/f0/grep-c16/k0' (#0): missing fields [rep]; "
                + "unknown fields [repetition]", error(file));
    }

    @Test
    void refusesWrongTypes() throws IOException {
        Path file = edited(0, c -> c.put("k", "0"));
        assertEquals(file + ": case 'c3o/grep/f0/grep-c16/k0' (#0): field 'k' must be an integer, "
                + "got \"0\"", error(file));
    }

    @Test
    void refusesAWrongLabel() throws IOException {
        Path file = edited(0, c -> ((ObjectNode) c.get("test").get(0)).put("label", "interpolation"));
        assertEquals(file + ": case 'c3o/grep/f0/grep-c16/k0' (#0): test scale-out 2 must be "
                + "labelled extrapolation for train scale-outs [], got interpolation", error(file));
    }

    @Test
    void refusesASeedThatIsNotTheCrcOfTheSeedString() throws IOException {
        Path file = edited(0, c -> c.put("seed", 2066491193L));
        assertTrue(error(file).endsWith("(#0): seed 2066491193 is not the CRC-32 of "
                + "'grep|m4.2xlarge|17675|100|175000000|0.0|0' (2066491192)"), error(file));
    }

    @Test
    void refusesPretrainingOnAContextOfTheSameFold() throws IOException {
        // grep-c06 is in fold 0 with the first case's context grep-c16
        Path file = edited(0, c -> ((ArrayNode) c.get("pretrain_contexts")).set(0, "grep-c06"));
        assertTrue(error(file).contains("(#0): pre-training contexts [grep-c06, "), error(file));
        assertTrue(error(file).contains("are not exactly the contexts of the other folds"), error(file));
    }

    @Test
    void refusesAContextKeyOtherThanTheTables() throws IOException {
        Path file = edited(0, c -> ((ArrayNode) c.get("context_key")).set(4, "0.25"));
        assertTrue(error(file).contains("(#0): context key [m4.2xlarge, 17675, 100, 175000000, 0.25]"
                + " / fold 0 differ from the table's"), error(file));
    }

    @Test
    void refusesInvalidJsonWithLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"meta\": {,\n}");   // the comma is at line 2, column 12
        assertTrue(error(file).startsWith(file + ":2:12: not valid JSON"), error(file));
    }

    @Test
    void refusesDuplicateCaseIds() throws IOException {
        Path file = edited(1, c -> c.put("case_id", "c3o/grep/f0/grep-c16/k0"));
        assertEquals(file + ": case 'c3o/grep/f0/grep-c16/k0' (#1): case id repeats", error(file));
    }
}
