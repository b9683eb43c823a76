package io.bellamy.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One case of SPEC §8: a target context, {@code k} chosen scale-outs whose runs a method may
 * fine-tune on, and the other scale-outs it is tested on; the same fields as a case of the
 * split manifests ({@code shared/eval/splits_*.json}).
 *
 * @param caseId unique id, e.g. {@code c3o/grep/f0/grep-c16/k0}
 * @param variant which setting the case belongs to
 * @param algorithm the algorithm, e.g. {@code grep}
 * @param fold the fold of the target context, 0.. for C3O; -1 for the cross-environment variant
 * @param contextId the target context's id, e.g. {@code grep-c16} or {@code bell-grep}
 * @param contextKey the target context as the data file's strings in column order (C3O), or
 *     {@code [bell, <algorithm>]}
 * @param k the number of chosen scale-outs
 * @param rep the repetition of the choice (0 for C3O; 0..2 for the cross-environment variant)
 * @param seedString the text whose CRC-32 seeded the choice
 * @param seed {@code zlib.crc32(seedString)}
 * @param pretrainContexts ids of the C3O contexts a method may pre-train on; never the target
 * @param trainScaleOuts the chosen scale-outs, ascending, {@code k} of them
 * @param test the test points, ascending by scale-out, none of them chosen
 */
public record EvaluationCase(
        String caseId,
        EvaluationVariant variant,
        String algorithm,
        int fold,
        String contextId,
        List<String> contextKey,
        int k,
        int rep,
        String seedString,
        long seed,
        List<String> pretrainContexts,
        List<Integer> trainScaleOuts,
        List<TestPoint> test) {

    /** Validates the case; messages start with the case id. */
    public EvaluationCase {
        Objects.requireNonNull(caseId, "caseId");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("case id must not be blank");
        }
        String at = "case " + caseId + ": ";
        Objects.requireNonNull(variant, at + "variant");
        requireText(algorithm, at + "algorithm");
        requireText(contextId, at + "context id");
        Objects.requireNonNull(seedString, at + "seed string");
        if (variant == EvaluationVariant.C3O ? fold < 0 : fold != -1) {
            throw new IllegalArgumentException(at + "fold must be "
                    + (variant == EvaluationVariant.C3O ? ">= 0" : "-1") + " for variant "
                    + variant + ", got " + fold);
        }
        contextKey = List.copyOf(contextKey);
        if (contextKey.isEmpty()) {
            throw new IllegalArgumentException(at + "context key must not be empty");
        }
        if (k < 0 || rep < 0) {
            throw new IllegalArgumentException(at + "k and rep must be >= 0, got k=" + k
                    + ", rep=" + rep);
        }
        if (seed != crc32(seedString)) {
            throw new IllegalArgumentException(at + "seed " + seed + " is not the CRC-32 of '"
                    + seedString + "' (" + crc32(seedString) + ")");
        }
        pretrainContexts = List.copyOf(pretrainContexts);
        if (new HashSet<>(pretrainContexts).size() != pretrainContexts.size()) {
            throw new IllegalArgumentException(at + "pre-training contexts repeat: "
                    + pretrainContexts);
        }
        if (pretrainContexts.contains(contextId)) {
            throw new IllegalArgumentException(at + "pre-training contexts contain the target "
                    + contextId);
        }
        trainScaleOuts = List.copyOf(trainScaleOuts);
        test = List.copyOf(test);
        checkScaleOuts(at, k, trainScaleOuts, test);
    }

    private static void checkScaleOuts(String at, int k, List<Integer> train, List<TestPoint> test) {
        if (train.size() != k) {
            throw new IllegalArgumentException(at + "expected " + k + " train scale-outs, got "
                    + train);
        }
        for (int i = 0; i < train.size(); i++) {
            if (train.get(i) < 1 || (i > 0 && train.get(i) <= train.get(i - 1))) {
                throw new IllegalArgumentException(at + "train scale-outs must be >= 1 and "
                        + "strictly ascending, got " + train);
            }
        }
        if (test.isEmpty()) {
            throw new IllegalArgumentException(at + "has no test point");
        }
        Set<Integer> chosen = new HashSet<>(train);
        for (int i = 0; i < test.size(); i++) {
            TestPoint p = test.get(i);
            if (i > 0 && p.scaleOut() <= test.get(i - 1).scaleOut()) {
                throw new IllegalArgumentException(at + "test scale-outs must be strictly "
                        + "ascending, got " + p.scaleOut() + " after " + test.get(i - 1).scaleOut());
            }
            if (chosen.contains(p.scaleOut())) {
                throw new IllegalArgumentException(at + "test scale-out " + p.scaleOut()
                        + " is also a train scale-out");
            }
            PointLabel expected = PointLabel.of(p.scaleOut(), train);
            if (p.label() != expected) {
                throw new IllegalArgumentException(at + "test scale-out " + p.scaleOut()
                        + " must be labelled " + expected.id() + " for train scale-outs " + train
                        + ", got " + p.label().id());
            }
        }
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    /** {@code zlib.crc32(text.encode('utf-8'))}, the seed of a case's choice. */
    public static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
