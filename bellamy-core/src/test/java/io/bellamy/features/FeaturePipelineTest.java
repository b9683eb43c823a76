package io.bellamy.features;

import static io.bellamy.features.TestVectors.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.data.RunRecord;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fitted pipeline on real C3O records and on prediction requests. */
class FeaturePipelineTest {

    private static final int W = 40;
    private static final String GREP_CHARACTERISTICS = "100 150000000 0.5";
    private static final String AWS = "public cloud aws emr";

    private static List<RunRecord> grep;
    private static FittedPipeline fitted;

    @BeforeAll
    static void fitOnGrep() {
        grep = C3oTestData.read("grep");
        fitted = FeaturePipeline.PROTOTYPE.fit(grep);
    }

    /** The 40 values of property {@code p} of row {@code r} of an essential or optional matrix. */
    private static double[] slice(double[] matrix, int properties, int r, int p) {
        int from = (r * properties + p) * W;
        return Arrays.copyOfRange(matrix, from, from + W);
    }

    private static double[] number(Double value) {
        double[] v = new double[W];
        v[0] = 1.0;
        BinaryEncoder.PROTOTYPE.encodeInto(value, v, 1);
        return v;
    }

    /** The scikit-learn vector of a test-vector case, with the text flag 0 in front. */
    private static double[] sklearnText(String input, boolean filter) {
        for (JsonNode c : TestVectors.cases("hashing_vectorizer.json", "cases")) {
            if (c.get("input").asText().equals(input) && c.get("vocabulary_filter").asBoolean() == filter) {
                double[] v = new double[W];
                System.arraycopy(TestVectors.doubles(c.get("vector")), 0, v, 1, W - 1);
                return v;
            }
        }
        throw new IllegalStateException("no test vector for '" + input + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grep", "kmeans", "pagerank", "sgd", "sort"})
    void fitsAndTransformsEveryC3oAlgorithm(String algorithm) {
        List<RunRecord> records = C3oTestData.read(algorithm);
        FittedPipeline p = FeaturePipeline.PROTOTYPE.fit(records);
        EncodedBatch b = p.transform(records);
        int n = records.size();
        assertEquals(n, b.size());
        assertEquals(W, b.propertyWidth());
        assertEquals(W, p.propertyWidth());
        assertEquals(n * 3, b.scaleOut().length);
        assertEquals(n * 5 * W, b.essential().length);
        assertEquals(n * 3 * W, b.optional().length);
        assertEquals(n * 3, b.optionalMask().length);
        // every C3O scale-out is in 2..12, so the range is fitted on 2 and 12
        assertEquals(new FeatureRange(2, 12), p.scaleOut().count());
        for (int r = 0; r < n; r++) {
            RunRecord rec = records.get(r);
            assertEquals(rec.grossRuntime(), b.target()[r], 0.0);
            assertEquals(rec.instanceCount(), b.scaleOuts()[r]);
            assertEquals(rec.instanceCount() * 0.1 + -2 * 0.1, b.scaleOut()[r * 3 + 2], 0.0);
            double[] flags = {0, 0, 1, 0, 0};
            for (int q = 0; q < 5; q++) {
                assertEquals(flags[q], b.essential()[(r * 5 + q) * W], 0.0);
            }
            assertEquals(0.0, b.optional()[(r * 3) * W], 0.0);
            assertEquals(1.0, b.optional()[(r * 3 + 1) * W], 0.0);
            assertEquals(1.0, b.optional()[(r * 3 + 2) * W], 0.0);
            assertArrayEquals(new double[] {1, 1, 1}, Arrays.copyOfRange(b.optionalMask(), r * 3, r * 3 + 3), 0.0);
        }
    }

    @Test
    void grepRowIsFlagThenScikitLearnHashOrBinaryNumber() {
        EncodedBatch b = fitted.transform(grep);
        RunRecord first = grep.get(0);
        assertEquals("c4.2xlarge", first.machineType());
        assertEquals(2, first.instanceCount());
        assertArrayEquals(sklearnText("c4.2xlarge", true), slice(b.essential(), 5, 0, 0), TOLERANCE);
        assertArrayEquals(sklearnText("computer", true), slice(b.essential(), 5, 0, 1), TOLERANCE);
        assertArrayEquals(number(15150.0), slice(b.essential(), 5, 0, 2), 0.0);
        assertArrayEquals(sklearnText(GREP_CHARACTERISTICS, true), slice(b.essential(), 5, 0, 3), TOLERANCE);
        assertArrayEquals(sklearnText(AWS, true), slice(b.essential(), 5, 0, 4), TOLERANCE);
        assertArrayEquals(sklearnText("grep-spark", true), slice(b.optional(), 3, 0, 0), TOLERANCE);
        assertArrayEquals(number(30000.0), slice(b.optional(), 3, 0, 1), 0.0);
        assertArrayEquals(number(16.0), slice(b.optional(), 3, 0, 2), 0.0);
        assertArrayEquals(new double[] {0.499999750000125 * (1 / (0.499999750000125 - 0.08333332638888948))
                - 0.08333332638888948 * (1 / (0.499999750000125 - 0.08333332638888948)), 0, 0},
                Arrays.copyOfRange(b.scaleOut(), 0, 3), 0.0);
        assertEquals(150.0, b.target()[0], 0.0);
    }

    @Test
    void filterOffHashesTheRawText() {
        FittedPipeline off = FeaturePipeline.PROTOTYPE.withFilter(VocabularyFilter.NONE).fit(grep);
        EncodedBatch b = off.transform(grep.subList(0, 1));
        assertArrayEquals(sklearnText(AWS, false), slice(b.essential(), 5, 0, 4), TOLERANCE);
        assertArrayEquals(sklearnText(GREP_CHARACTERISTICS, false), slice(b.essential(), 5, 0, 3), TOLERANCE);
    }

    @Test
    void requestRowsMultiplyMemoryAndSlotsByScaleOutAndMatchTheRecordedRuns() {
        PropertyValues perNode = PropertyValues.essential("c4.2xlarge", "computer", 15150.0,
                GREP_CHARACTERISTICS, AWS).withOptional("grep-spark", 15000.0, 8.0);
        EncodedBatch req = fitted.transformRequest(perNode, 2, 12);
        assertEquals(11, req.size());
        EncodedBatch recorded = fitted.transform(grep);
        for (int r = 0; r < 11; r++) {
            int n = 2 + r;
            assertEquals(n, req.scaleOuts()[r]);
            assertTrue(Double.isNaN(req.target()[r]));
            assertArrayEquals(number(15000.0 * n), slice(req.optional(), 3, r, 1), 0.0);
            assertArrayEquals(number(8.0 * n), slice(req.optional(), 3, r, 2), 0.0);
            assertArrayEquals(fitted.scaleOut().transform(n), Arrays.copyOfRange(req.scaleOut(), r * 3, r * 3 + 3), 0.0);
            if (n % 2 == 0) {
                int match = indexOfRun(n);
                EncodedBatch a = req.select(r);
                EncodedBatch e = recorded.select(match);
                assertArrayEquals(e.essential(), a.essential(), 0.0, "essential at " + n);
                assertArrayEquals(e.optional(), a.optional(), 0.0, "optional at " + n);
                assertArrayEquals(e.optionalMask(), a.optionalMask(), 0.0);
                assertArrayEquals(e.scaleOut(), a.scaleOut(), 0.0);
            }
        }
    }

    private static int indexOfRun(int scaleOut) {
        for (int i = 0; i < grep.size(); i++) {
            RunRecord r = grep.get(i);
            if (r.instanceCount() == scaleOut && r.machineType().equals("c4.2xlarge")
                    && r.dataSizeMB() == 15150 && r.dataCharacteristics().equals(GREP_CHARACTERISTICS)) {
                return i;
            }
        }
        throw new IllegalStateException("no grep run at scale-out " + scaleOut);
    }

    @Test
    void missingOptionalPropertiesAreMaskedAndZero() {
        PropertyValues none = PropertyValues.essential("c4.2xlarge", "computer", null, "", AWS);
        EncodedBatch b = fitted.transformRequest(none, 3, 4);
        assertArrayEquals(new double[6], b.optionalMask(), 0.0);
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(new double[W], slice(b.optional(), 3, r, 0), 0.0);
            assertArrayEquals(number(null), slice(b.optional(), 3, r, 1), 0.0);
            assertArrayEquals(number(null), slice(b.optional(), 3, r, 2), 0.0);
            // absent data size encodes as 0 under the numeric flag; empty text as zeros
            assertArrayEquals(number(null), slice(b.essential(), 5, r, 2), 0.0);
            assertArrayEquals(new double[W], slice(b.essential(), 5, r, 3), 0.0);
        }
        EncodedBatch some = fitted.transformRequest(none.withOptional("grep-spark", null, 8.0), 3, 3);
        assertArrayEquals(new double[] {1, 0, 1}, some.optionalMask(), 0.0);
        assertArrayEquals(number(24.0), slice(some.optional(), 3, 0, 2), 0.0);
    }

    @Test
    void requestNeedsAValidScaleOutRange() {
        PropertyValues v = PropertyValues.essential("m", "", 1.0, "", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fitted.transformRequest(v, 5, 4));
        assertTrue(e.getMessage().contains("got [5, 4]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fitted.transformRequest(v, 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> PropertyValues.essential("m", "", -1.0, "", ""));
    }

    @Test
    void noRecordsGiveAnEmptyBatch() {
        EncodedBatch b = fitted.transform(List.of());
        assertEquals(0, b.size());
        assertEquals(0, b.essential().length);
    }

    @Test
    void everyDistinctTextIsHashedOnce() {
        PropertyEncoder encoder = new PropertyEncoder(HashingVectorizer.PROTOTYPE);
        Set<String> texts = new HashSet<>();
        double[] out = new double[W];
        for (RunRecord r : grep) {
            PropertyValues v = PropertyValues.of(r);
            for (Property p : List.of(Property.values())) {
                encoder.encode(p, v, out, 0);
                if (p.kind() == PropertyKind.TEXT) {
                    texts.add(p.text(v));
                }
            }
        }
        assertEquals(texts.size(), encoder.distinctTextsHashed());
        assertTrue(texts.size() < 40, "grep has few distinct texts, got " + texts.size());
    }

    @Test
    void specRejectsWrongPropertyLists() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeaturePipeline(Property.OPTIONAL, Property.OPTIONAL, HashingVectorizer.PROTOTYPE));
        assertTrue(e.getMessage().contains("5 essential properties"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FeaturePipeline(Property.ESSENTIAL,
                List.of(Property.JOB_TYPE, Property.MEMORY, Property.MACHINE_TYPE), HashingVectorizer.PROTOTYPE));
        assertTrue(e.getMessage().contains("machine_type listed twice"), e.getMessage());
        assertEquals(Property.DATA_SIZE_MB, Property.fromKey("data_size_MB"));
        e = assertThrows(IllegalArgumentException.class, () -> Property.fromKey("cores"));
        assertTrue(e.getMessage().contains("unknown property 'cores'"), e.getMessage());
    }
}
