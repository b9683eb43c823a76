package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parity with scikit-learn's signed MurmurHash3 on {@code shared/testvectors/murmur3_ngrams.json}. */
class Murmur3ParityTest {

    static Stream<Arguments> ngrams() {
        return TestVectors.cases("murmur3_ngrams.json", "ngrams").stream()
                .map(c -> Arguments.of(c.get("ngram").asText(), c.get("murmur3_32_signed").asInt()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("ngrams")
    void signedHashMatchesScikitLearn(String ngram, int expected) {
        assertEquals(expected, HashingVectorizer.murmur3(ngram));
    }

    /**
     * The file lists the char_wb n-grams of four texts back to back; the analyzer must produce
     * exactly that sequence (including the order scikit-learn emits them in).
     */
    @Test
    void ngramSequenceIsTheAnalyzerOutputOfFourTexts() {
        List<String> expected = TestVectors.cases("murmur3_ngrams.json", "ngrams").stream()
                .map(c -> c.get("ngram").asText()).toList();
        HashingVectorizer v = HashingVectorizer.PROTOTYPE.withFilter(VocabularyFilter.NONE);
        List<String> actual = new ArrayList<>();
        for (String text : List.of("c4.2xlarge", "public cloud aws emr", "ünïcödé", "a")) {
            actual.addAll(v.ngrams(text));
        }
        assertEquals(expected, actual);
    }

    @Test
    void bucketOfMinValueIsTwoToThe31ModN() {
        assertEquals((int) (2147483648L % 39), HashingVectorizer.bucket(Integer.MIN_VALUE, 39));
        assertEquals(2147483648L % 39, (2147483647L - (39 - 1)) % 39); // scikit-learn's formula
        assertEquals(5, HashingVectorizer.bucket(-5, 39));
        assertEquals(5, HashingVectorizer.bucket(44, 39));
    }
}
