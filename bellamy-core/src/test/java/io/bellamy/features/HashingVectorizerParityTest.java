package io.bellamy.features;

import static io.bellamy.features.TestVectors.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with scikit-learn 1.2.1's HashingVectorizer on every case of
 * {@code shared/testvectors/hashing_vectorizer.json}, with and without the vocabulary filter.
 */
class HashingVectorizerParityTest {

    static Stream<Arguments> cases() {
        return TestVectors.cases("hashing_vectorizer.json", "cases").stream()
                .map(c -> Arguments.of(c.get("input").asText(),
                        c.get("vocabulary_filter").asBoolean(), c));
    }

    private static HashingVectorizer vectorizer(boolean filter) {
        return HashingVectorizer.PROTOTYPE.withFilter(
                filter ? VocabularyFilter.PROTOTYPE : VocabularyFilter.NONE);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" filter={1}")
    @MethodSource("cases")
    void filterGivesTheAnalyzedText(String input, boolean filter, JsonNode c) {
        assertEquals(c.get("analyzed").asText(), vectorizer(filter).filter().apply(input));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" filter={1}")
    @MethodSource("cases")
    void vectorMatchesScikitLearn(String input, boolean filter, JsonNode c) {
        double[] expected = TestVectors.doubles(c.get("vector"));
        assertEquals(39, expected.length);
        assertArrayEquals(expected, vectorizer(filter).transform(input), TOLERANCE);
    }
}
