package io.bellamy.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * scikit-learn's {@code analyzer="char_wb"} with {@code lowercase=True}: the character n-grams
 * of a text, taken inside whitespace-separated words padded with one space on both sides.
 *
 * <p>Mirrors {@code sklearn.feature_extraction.text._VectorizerMixin._char_wb_ngrams} (1.2.1)
 * exactly, on code points as Python's {@code str} does: for each n the first n-gram is always
 * emitted, even when the padded word is shorter than n (then it is the whole word), and once a
 * padded word is no longer than n, longer n-grams of it are not emitted ("count a short word
 * only once"). Whitespace is Python's {@code str.split()} whitespace.
 */
final class CharWbAnalyzer {

    private CharWbAnalyzer() {
    }

    /**
     * The n-grams of {@code text}, in scikit-learn's order: word by word, for each word n from
     * {@code minN} to {@code maxN}, offsets left to right.
     */
    static List<String> ngrams(String text, int minN, int maxN) {
        List<String> grams = new ArrayList<>();
        for (String word : split(text.toLowerCase(Locale.ROOT))) {
            int[] w = (" " + word + " ").codePoints().toArray();
            int len = w.length;
            for (int n = minN; n <= maxN; n++) {
                int offset = 0;
                grams.add(new String(w, 0, Math.min(n, len)));
                while (offset + n < len) {
                    offset++;
                    grams.add(new String(w, offset, n));
                }
                if (offset == 0) {
                    break;
                }
            }
        }
        return grams;
    }

    /** Python's {@code str.split()} without arguments: words separated by runs of whitespace. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isPythonWhitespace(cp)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /**
     * Python's {@code str.isspace()} for one code point: the ASCII controls {@code \t \n \u000b
     * \f \r}, the separators {@code \u001c..\u001f}, {@code U+0085} and every Unicode space,
     * line or paragraph separator (including the no-break spaces Java's
     * {@link Character#isWhitespace(int)} leaves out).
     */
    static boolean isPythonWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
