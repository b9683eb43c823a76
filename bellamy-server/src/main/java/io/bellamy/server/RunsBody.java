package io.bellamy.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.data.RunRecord;
import io.bellamy.store.NewRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /v1/runs}, validated like an import of the generic JSON format: either
 * one run object or {@code {"source": "...", "runs": [run, ...]}}. A run has the SPEC field names
 * ({@code algorithm}, {@code instance_count}, {@code gross_runtime} required; the context
 * properties, {@code memory} and {@code slots} optional) and an optional {@code run_id} that makes
 * recording it idempotent. Any error names the field, e.g. {@code runs[3].gross_runtime}, and
 * nothing is stored.
 *
 * @param source the store source the runs are recorded under
 * @param runs the runs, in body order
 */
record RunsBody(String source, List<NewRun> runs) {

    /** The source when the body names none. */
    static final String DEFAULT_SOURCE = "api";
    /** The most runs one request may record. */
    static final int MAX_RUNS = 10_000;

    private static final Set<String> RUN_FIELDS = Set.of("run_id", "algorithm", "instance_count",
            "gross_runtime", "machine_type", "job_args", "data_size_MB", "data_characteristics",
            "environment", "job_type", "memory", "slots");
    private static final Set<String> BATCH_FIELDS = Set.of("source", "runs");

    /** Parses and validates a body. */
    static RunsBody parse(JsonNode body) {
        if (!body.has("runs")) {
            return new RunsBody(DEFAULT_SOURCE, List.of(run(new Fields(body, ""))));
        }
        Fields f = new Fields(body, "").onlyKnown(BATCH_FIELDS);
        String source = f.text("source", DEFAULT_SOURCE);
        if (!source.matches("[a-z0-9_-]{1,32}")) {
            throw ApiProblem.badField("source", "'source' must be 1 to 32 of a-z, 0-9, '_' and "
                    + "'-', got '" + source + "'");
        }
        JsonNode array = body.get("runs");
        if (!array.isArray()) {
            throw ApiProblem.badField("runs", "'runs' must be a JSON array, got " + array);
        }
        if (array.isEmpty()) {
            throw ApiProblem.badField("runs", "'runs' must not be empty");
        }
        if (array.size() > MAX_RUNS) {
            throw ApiProblem.badField("runs", "'runs' may hold at most " + MAX_RUNS
                    + " runs per request, got " + array.size());
        }
        List<NewRun> runs = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = "runs[" + i + "]";
            if (!item.isObject()) {
                throw ApiProblem.badField(path, "'" + path + "' must be a JSON object, got " + item);
            }
            runs.add(run(new Fields(item, path)));
        }
        return new RunsBody(source, List.copyOf(runs));
    }

    private static NewRun run(Fields f) {
        f.onlyKnown(RUN_FIELDS);
        String runId = f.has("run_id") ? f.text("run_id", null) : null;
        if (runId != null && (runId.isBlank() || runId.length() > 200)) {
            throw ApiProblem.badField(f.at("run_id"), "'" + f.at("run_id")
                    + "' must be 1 to 200 characters and not blank, got '" + runId + "'");
        }
        String algorithm = f.text("algorithm", null);
        if (algorithm.isBlank()) {
            throw ApiProblem.badField(f.at("algorithm"), "'" + f.at("algorithm")
                    + "' must not be blank");
        }
        int scaleOut = f.integer("instance_count", null);
        if (scaleOut < 1) {
            throw ApiProblem.badField(f.at("instance_count"), "'" + f.at("instance_count")
                    + "' must be >= 1, got " + scaleOut);
        }
        double runtime = f.number("gross_runtime", true);
        if (!(runtime > 0)) {
            throw ApiProblem.badField(f.at("gross_runtime"), "'" + f.at("gross_runtime")
                    + "' must be > 0 seconds, got " + runtime);
        }
        Double dataSize = nonNegative(f, "data_size_MB");
        RunRecord record = new RunRecord(algorithm, scaleOut, runtime, f.text("machine_type", ""),
                f.text("job_args", ""), dataSize == null ? 0 : dataSize,
                f.text("data_characteristics", ""), f.text("environment", ""),
                f.text("job_type", ""), nonNegative(f, "memory"), nonNegative(f, "slots"));
        return new NewRun(runId, record);
    }

    private static Double nonNegative(Fields f, String name) {
        Double v = f.number(name, false);
        if (v != null && v < 0) {
            throw ApiProblem.badField(f.at(name), "'" + f.at(name) + "' must be >= 0, got " + v);
        }
        return v;
    }
}
