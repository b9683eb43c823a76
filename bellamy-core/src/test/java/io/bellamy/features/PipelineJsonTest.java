package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stored JSON form of a fitted pipeline: round trips, the v1 fixture, and refusals. */
class PipelineJsonTest {

    private static List<RunRecord> grep;
    private static FittedPipeline fitted;

    @BeforeAll
    static void fitOnGrep() {
        grep = C3oTestData.read("grep");
        fitted = FeaturePipeline.PROTOTYPE.fit(grep);
    }

    private static PropertyValues request() {
        return PropertyValues.essential("c4.2xlarge", "computer", 15150.0, "", "public cloud aws emr")
                .withOptional("", 15000.0, null);
    }

    @Test
    void roundTripGivesAnEqualPipelineAndBitIdenticalTransforms() {
        String json = fitted.toJson();
        FittedPipeline back = FittedPipeline.fromJson(json);
        assertEquals(fitted, back);
        assertEquals(fitted.hashCode(), back.hashCode());
        assertEquals(json, back.toJson());
        // EncodedBatch equality compares every array bit for bit (Arrays.equals)
        assertEquals(fitted.transform(grep), back.transform(grep));
        assertEquals(fitted.transformRequest(request(), 1, 20), back.transformRequest(request(), 1, 20));
        assertEquals(fitted, FittedPipeline.fromJsonTree(fitted.toJsonTree()));
    }

    @Test
    void filterOffAndOtherSettingsRoundTrip() {
        FittedPipeline other = new FeaturePipeline(Property.ESSENTIAL, Property.OPTIONAL,
                new HashingVectorizer(17, 2, 4, VocabularyFilter.NONE)).fit(grep);
        JsonNode tree = other.toJsonTree();
        assertTrue(tree.get("hashing").get("vocabulary").isNull());
        FittedPipeline back = FittedPipeline.fromJson(other.toJson());
        assertEquals(other, back);
        assertNotEquals(fitted, back);
        assertEquals(18, back.transform(grep.subList(0, 3)).propertyWidth());
        FittedPipeline alphabet = FeaturePipeline.PROTOTYPE.withFilter(VocabularyFilter.keepOnly("abc ")).fit(grep);
        assertEquals(alphabet, FittedPipeline.fromJson(alphabet.toJson()));
    }

    @Test
    void versionOneFixtureKeepsLoading() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("fitted-pipeline-v1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FittedPipeline loaded = FittedPipeline.fromJson(json);
        assertEquals(fitted, loaded);
        assertEquals(fitted.transform(grep), loaded.transform(grep));
    }

    @Test
    void unknownFormatVersionIsRefused() {
        ObjectNode tree = (ObjectNode) fitted.toJsonTree();
        tree.put("formatVersion", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FittedPipeline.fromJson(tree.toString()));
        assertEquals("unsupported feature pipeline format version 2; this version of Bellamy "
                + "reads version 1", e.getMessage());
        tree.remove("formatVersion");
        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJsonTree(tree));
        assertTrue(e.getMessage().contains("no integer 'formatVersion'"), e.getMessage());
    }

    @Test
    void malformedDocumentsAreRefusedWithTheirCause() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FittedPipeline.fromJson("{not json"));
        assertTrue(e.getMessage().startsWith("feature pipeline is not valid JSON"), e.getMessage());
        assertTrue(e.getCause() != null);

        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJson("{\"format\":\"model\"}"));
        assertTrue(e.getMessage().contains("not a feature pipeline"), e.getMessage());

        ObjectNode unknown = (ObjectNode) fitted.toJsonTree();
        unknown.put("extra", 1);
        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJsonTree(unknown));
        assertTrue(e.getMessage().contains("extra"), e.getMessage());

        ObjectNode missing = (ObjectNode) fitted.toJsonTree();
        missing.remove("scaleOut");
        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJsonTree(missing));
        assertTrue(e.getMessage().contains("scaleOut"), e.getMessage());

        ObjectNode badProperty = (ObjectNode) fitted.toJsonTree();
        badProperty.putArray("optionalProperties").add("job_type").add("memory").add("cores");
        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJsonTree(badProperty));
        assertTrue(e.getMessage().contains("unknown property 'cores'"), e.getMessage());

        ObjectNode inverted = (ObjectNode) fitted.toJsonTree();
        ((ObjectNode) inverted.get("scaleOut")).putArray("max").add(0.0).add(0.0).add(0.0);
        e = assertThrows(IllegalArgumentException.class, () -> FittedPipeline.fromJsonTree(inverted));
        assertTrue(e.getMessage().contains("min <= max"), e.getMessage());
    }
}
