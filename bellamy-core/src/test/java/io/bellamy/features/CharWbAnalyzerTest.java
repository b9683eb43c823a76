package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The char_wb loop of scikit-learn, including its short-word rule, on code points. */
class CharWbAnalyzerTest {

    @Test
    void paddedWordShorterThanNIsCountedOnceAndStopsLongerNgrams() {
        // " a " has length 3: for n = 3 the whole word once, then the loop breaks before n = 4, 5
        assertEquals(List.of(" ", "a", " ", " a", "a ", " a "), CharWbAnalyzer.ngrams("a", 1, 5));
        // n starts above the length: the whole padded word, once
        assertEquals(List.of(" a "), CharWbAnalyzer.ngrams("a", 4, 5));
        // " ab " has length 4: n = 4 gives it once; n = 5 is not reached
        assertEquals(List.of(" ab ", " abc", "abc "), concat(
                CharWbAnalyzer.ngrams("ab", 4, 6), CharWbAnalyzer.ngrams("abc", 4, 4)));
    }

    @Test
    void wordsAreLowercasedAndSplitOnAnyRunOfWhitespace() {
        assertEquals(List.of(" ", "a", " ", " ", "b", " "),
                CharWbAnalyzer.ngrams("A \t\n\u00a0 B", 1, 1));
        assertEquals(List.of(), CharWbAnalyzer.ngrams(" \u2003\u3000", 1, 3));
    }

    @Test
    void ngramsAreTakenOverCodePointsNotUtf16Units() {
        String astral = new String(Character.toChars(0x1D518)); // MATHEMATICAL FRAKTUR CAPITAL U
        List<String> grams = CharWbAnalyzer.ngrams(astral + "x", 2, 2);
        assertEquals(List.of(" " + astral, astral + "x", "x "), grams);
    }

    @Test
    void whitespaceIsPythonsStrIsspace() {
        // every code point for which Python 3's str.isspace() is true
        Set<Integer> python = Set.of(0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20,
                0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
                0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000);
        List<Integer> java = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (CharWbAnalyzer.isPythonWhitespace(cp)) {
                java.add(cp);
            }
        }
        assertEquals(python, Set.copyOf(java));
        assertFalse(CharWbAnalyzer.isPythonWhitespace(0x180E));
        assertFalse(CharWbAnalyzer.isPythonWhitespace(0x200B));
    }

    @Test
    void vectorizerRejectsBadSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HashingVectorizer(0, 1, 3, VocabularyFilter.NONE));
        assertTrue(e.getMessage().contains("n_features must be >= 1, got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new HashingVectorizer(39, 3, 2, VocabularyFilter.NONE));
        assertTrue(e.getMessage().contains("got (3, 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VocabularyFilter.keepOnly(""));
    }

    @Test
    void otherAlphabetKeepsOnlyItsCharacters() {
        assertEquals("AAb", VocabularyFilter.keepOnly("Ab").apply("AxA b!"));
        assertEquals("A b", VocabularyFilter.NONE.apply("A b"));
    }

    @Test
    void configurableBucketCountGivesUnitVectors() {
        HashingVectorizer v = new HashingVectorizer(7, 2, 4, VocabularyFilter.NONE);
        double[] x = v.transform("grep-spark");
        double sum = 0;
        for (double d : x) {
            sum += d * d;
        }
        assertEquals(7, x.length);
        assertEquals(1.0, sum, 1e-15);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
