package io.bellamy.features;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The text-property encoder of SPEC §3: an optional {@link VocabularyFilter}, then scikit-learn's
 * {@code HashingVectorizer(n_features, analyzer="char_wb", ngram_range=(ngramMin, ngramMax),
 * lowercase=True, norm="l2", alternate_sign=True)}.
 *
 * <p>Steps: filter the raw text; lowercase; split on whitespace; pad each word with one space on
 * both sides; take its character n-grams (scikit-learn's char_wb loop); hash each n-gram with
 * MurmurHash3 x86 32-bit, seed 0, over its UTF-8 bytes, read as a signed int {@code h}; add
 * {@code +1} ({@code h >= 0}) or {@code -1} to bucket {@code |h| mod nFeatures} (for
 * {@code h = Integer.MIN_VALUE}, {@code 2^31 mod nFeatures}, as scikit-learn defines it); divide
 * by the L2 norm, leaving an all-zero vector as it is. Unpaired surrogates are hashed as
 * {@code '?'} (Java's UTF-8 encoder); Python would refuse them.
 *
 * <p>Stateless, so spec and transform at once; nothing to fit.
 *
 * @param nFeatures number of buckets (the prototype: 39), at least 1
 * @param ngramMin shortest n-gram (the prototype: 1), at least 1
 * @param ngramMax longest n-gram (the prototype: 3), at least {@code ngramMin}
 * @param filter applied to the raw text before lowercasing (the prototype:
 *     {@link VocabularyFilter#PROTOTYPE})
 */
public record HashingVectorizer(int nFeatures, int ngramMin, int ngramMax, VocabularyFilter filter) {

    /** The prototype's settings: 39 buckets, n-grams 1..3, the prototype's vocabulary filter. */
    public static final HashingVectorizer PROTOTYPE =
            new HashingVectorizer(39, 1, 3, VocabularyFilter.PROTOTYPE);

    private static final HashFunction MURMUR3 = Hashing.murmur3_32_fixed();

    /** Validates the settings. */
    public HashingVectorizer {
        if (nFeatures < 1) {
            throw new IllegalArgumentException("n_features must be >= 1, got " + nFeatures);
        }
        if (ngramMin < 1 || ngramMax < ngramMin) {
            throw new IllegalArgumentException("n-gram range must satisfy 1 <= min <= max, got ("
                    + ngramMin + ", " + ngramMax + ")");
        }
        Objects.requireNonNull(filter, "filter");
    }

    /** These settings with another vocabulary filter. */
    public HashingVectorizer withFilter(VocabularyFilter other) {
        return new HashingVectorizer(nFeatures, ngramMin, ngramMax, other);
    }

    /** The n-grams hashed for {@code text}, after filter and lowercasing, in scikit-learn's order. */
    public List<String> ngrams(String text) {
        return CharWbAnalyzer.ngrams(filter.apply(text), ngramMin, ngramMax);
    }

    /**
     * Encodes a text.
     *
     * @param text the raw property text; not null ({@code ""} gives the zero vector)
     * @return a new vector of {@code nFeatures} values, unit L2 norm or all zero
     */
    public double[] transform(String text) {
        double[] out = new double[nFeatures];
        transformInto(text, out, 0);
        return out;
    }

    /**
     * Encodes a text into {@code out[offset .. offset + nFeatures)}, which it overwrites; the
     * rest of {@code out} is not touched.
     */
    public void transformInto(String text, double[] out, int offset) {
        Objects.checkFromIndexSize(offset, nFeatures, out.length);
        double[] counts = new double[nFeatures];
        for (String gram : ngrams(text)) {
            int h = murmur3(gram);
            counts[bucket(h, nFeatures)] += h >= 0 ? 1.0 : -1.0;
        }
        double sumOfSquares = 0.0;
        for (double c : counts) {
            sumOfSquares += c * c;
        }
        double norm = Math.sqrt(sumOfSquares);
        for (int i = 0; i < nFeatures; i++) {
            out[offset + i] = norm == 0.0 ? counts[i] : counts[i] / norm;
        }
    }

    /**
     * MurmurHash3 x86 32-bit, seed 0, of the UTF-8 bytes of {@code ngram}, as a signed int
     * (scikit-learn's {@code murmurhash3_32(ngram, positive=False)}).
     */
    public static int murmur3(String ngram) {
        return MURMUR3.hashString(ngram, StandardCharsets.UTF_8).asInt();
    }

    /**
     * The bucket of hash {@code h}: {@code |h| mod nFeatures}, with {@code |Integer.MIN_VALUE|}
     * taken as {@code 2^31} as scikit-learn's {@code _hashing_fast} defines it.
     */
    static int bucket(int h, int nFeatures) {
        return (int) (Math.abs((long) h) % nFeatures);
    }
}
