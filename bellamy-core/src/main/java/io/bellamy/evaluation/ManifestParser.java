package io.bellamy.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Parses and checks a split manifest; see {@link SplitManifest#read(Path)}. */
final class ManifestParser {

    private static final Set<String> TOP = Set.of("meta", "algorithms", "cases");
    private static final Set<String> CASE_FIELDS = Set.of("case_id", "variant", "algorithm",
            "fold", "context_id", "context_key", "k", "rep", "seed_string", "seed",
            "pretrain_contexts", "train_scale_outs", "test");
    private static final Set<String> TEST_FIELDS = Set.of("scale_out", "median_runtime", "label");

    private ManifestParser() {
    }

    static SplitManifest parse(Path file) throws IOException {
        JsonNode root;
        try {
            ObjectMapper mapper = new ObjectMapper()
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonFields top = new JsonFields(file + ": ", root);
        top.requireExactly(TOP);
        Map<String, String> meta = new LinkedHashMap<>();
        top.object("meta").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
        Map<String, SplitManifest.ContextTable> algorithms = algorithms(file, top.object("algorithms"));
        JsonNode caseNodes = top.array("cases");
        List<EvaluationCase> cases = new ArrayList<>(caseNodes.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < caseNodes.size(); i++) {
            EvaluationCase c = parseCase(file, i, caseNodes.get(i));
            String at = file + ": case '" + c.caseId() + "' (#" + i + "): ";
            if (!ids.add(c.caseId())) {
                throw new IllegalArgumentException(at + "case id repeats");
            }
            if (!cases.isEmpty() && c.variant() != cases.get(0).variant()) {
                throw new IllegalArgumentException(at + "variant " + c.variant().manifestId()
                        + " differs from the first case's " + cases.get(0).variant().manifestId());
            }
            checkAgainstTable(at, c, algorithms.get(c.algorithm()));
            cases.add(c);
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(file + ": has no case");
        }
        return new SplitManifest(file, cases.get(0).variant(), meta, algorithms, cases);
    }

    private static Map<String, SplitManifest.ContextTable> algorithms(Path file, JsonNode node) {
        Map<String, SplitManifest.ContextTable> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonFields f = new JsonFields(file + ": algorithms." + e.getKey() + ": ", e.getValue());
            if (!e.getValue().has("contexts")) {
                result.put(e.getKey(), new SplitManifest.ContextTable(List.of(), List.of()));
                continue;
            }
            List<SplitManifest.ManifestContext> contexts = new ArrayList<>();
            JsonNode list = f.array("contexts");
            for (int i = 0; i < list.size(); i++) {
                JsonFields c = new JsonFields(file + ": algorithms." + e.getKey() + ".contexts[" + i
                        + "]: ", list.get(i));
                c.requireExactly(Set.of("id", "key", "fold"));
                contexts.add(new SplitManifest.ManifestContext(c.text("id"), c.texts("key"),
                        c.integer("fold")));
            }
            result.put(e.getKey(), new SplitManifest.ContextTable(f.texts("context_columns"), contexts));
        }
        return result;
    }

    private static EvaluationCase parseCase(Path file, int index, JsonNode node) {
        String id = node != null && node.path("case_id").isTextual()
                ? node.get("case_id").asText() : "?";
        String at = file + ": case '" + id + "' (#" + index + "): ";
        JsonFields f = new JsonFields(at, node);
        f.requireExactly(CASE_FIELDS);
        try {
            JsonNode testNodes = f.array("test");
            List<TestPoint> test = new ArrayList<>(testNodes.size());
            for (int i = 0; i < testNodes.size(); i++) {
                JsonFields t = new JsonFields(at + "test[" + i + "]: ", testNodes.get(i));
                t.requireExactly(TEST_FIELDS);
                test.add(new TestPoint(t.integer("scale_out"), t.number("median_runtime"),
                        PointLabel.parse(t.text("label"))));
            }
            return new EvaluationCase(f.text("case_id"),
                    EvaluationVariant.parse(f.text("variant")), f.text("algorithm"),
                    f.integer("fold"), f.text("context_id"), f.texts("context_key"),
                    f.integer("k"), f.integer("rep"), f.text("seed_string"), f.longInteger("seed"),
                    f.texts("pretrain_contexts"), f.integers("train_scale_outs"), test);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith(file.toString())) {
                throw e;
            }
            String own = "case " + id + ": ";
            throw new IllegalArgumentException(at + (message.startsWith(own)
                    ? message.substring(own.length()) : message), e);
        }
    }

    private static void checkAgainstTable(String at, EvaluationCase c, SplitManifest.ContextTable table) {
        if (table == null) {
            throw new IllegalArgumentException(at + "algorithm '" + c.algorithm()
                    + "' is not among the manifest's algorithms");
        }
        if (table.contexts().isEmpty()) {
            return;
        }
        SplitManifest.ManifestContext target = table.contexts().stream()
                .filter(m -> m.id().equals(c.contextId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(at + "context '" + c.contextId()
                        + "' is not in the algorithm's context table"));
        if (!target.key().equals(c.contextKey()) || target.fold() != c.fold()) {
            throw new IllegalArgumentException(at + "context key " + c.contextKey() + " / fold "
                    + c.fold() + " differ from the table's " + target.key() + " / " + target.fold());
        }
        Set<String> others = new TreeSet<>();
        table.contexts().stream().filter(m -> m.fold() != c.fold()).forEach(m -> others.add(m.id()));
        if (!others.equals(new TreeSet<>(c.pretrainContexts()))) {
            throw new IllegalArgumentException(at + "pre-training contexts " + c.pretrainContexts()
                    + " are not exactly the contexts of the other folds " + others);
        }
    }
}
