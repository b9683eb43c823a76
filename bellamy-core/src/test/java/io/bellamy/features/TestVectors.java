package io.bellamy.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the shared test vectors ({@code shared/testvectors/*.json}) produced with scikit-learn. */
final class TestVectors {

    /** Parity tolerance required by SPEC §3. */
    static final double TOLERANCE = 1e-12;

    private TestVectors() {
    }

    static Path directory() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared/testvectors");
    }

    /**
     * The elements of array {@code field} of file {@code name}; fails if there are none, so a
     * parameterised test can never pass vacuously.
     */
    static List<JsonNode> cases(String name, String field) {
        Path file = directory().resolve(name);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test vectors " + file.toAbsolutePath(), e);
        }
        JsonNode array = root.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IllegalStateException(file + " has no cases in '" + field + "'");
        }
        List<JsonNode> cases = new ArrayList<>();
        array.forEach(cases::add);
        return cases;
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
