package io.bellamy.features;

import java.util.Objects;

/**
 * Deletes characters from a text property before it is hashed (SPEC §3).
 *
 * <p>The prototype keeps only {@link #PROTOTYPE_ALPHABET} and applies the filter to the raw text,
 * <em>before</em> lowercasing, so capitals and whitespace vanish: {@code "Public Cloud AWS EMR"}
 * becomes {@code "ublicloud"} (the test vectors in {@code shared/testvectors} confirm this
 * order). {@link #NONE} switches the filter off; {@link #keepOnly(String)} keeps another alphabet.
 */
public sealed interface VocabularyFilter permits VocabularyFilter.KeepAll, VocabularyFilter.KeepOnly {

    /** The prototype's alphabet: lowercase ASCII letters, digits and {@code .:,;_-+#@}. */
    String PROTOTYPE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789.:,;_-+#@";

    /** The filter that keeps every character. */
    VocabularyFilter NONE = KeepAll.INSTANCE;

    /** The prototype's filter, the default: keeps only {@link #PROTOTYPE_ALPHABET}. */
    VocabularyFilter PROTOTYPE = new KeepOnly(PROTOTYPE_ALPHABET);

    /**
     * A filter keeping only the code points of {@code alphabet}.
     *
     * @param alphabet the characters to keep; not empty
     */
    static VocabularyFilter keepOnly(String alphabet) {
        return new KeepOnly(alphabet);
    }

    /**
     * Applies the filter.
     *
     * @param text the raw property text; not null
     * @return the text with every character outside the alphabet removed (code point by code point)
     */
    String apply(String text);

    /** Keeps every character. */
    enum KeepAll implements VocabularyFilter {
        /** The only instance. */
        INSTANCE;

        @Override
        public String apply(String text) {
            return Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Keeps only the code points of an alphabet.
     *
     * @param alphabet the characters to keep; not empty
     */
    record KeepOnly(String alphabet) implements VocabularyFilter {

        /** Rejects a null or empty alphabet. */
        public KeepOnly {
            Objects.requireNonNull(alphabet, "alphabet");
            if (alphabet.isEmpty()) {
                throw new IllegalArgumentException(
                        "vocabulary filter alphabet must not be empty (use VocabularyFilter.NONE to "
                                + "switch the filter off)");
            }
        }

        @Override
        public String apply(String text) {
            Objects.requireNonNull(text, "text");
            StringBuilder kept = new StringBuilder(text.length());
            text.codePoints()
                    .filter(cp -> alphabet.indexOf(cp) >= 0)
                    .forEach(kept::appendCodePoint);
            return kept.toString();
        }
    }
}
