package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationCaseTest {

    private static EvaluationCase make(EvaluationVariant variant, int fold, int k,
            List<String> pretrain, List<Integer> train, List<TestPoint> test) {
        return new EvaluationCase("c", variant, "grep", fold, "grep-c00", List.of("x"), k, 0, "s",
                EvaluationCase.crc32("s"), pretrain, train, test);
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    private static final List<TestPoint> TEST = List.of(new TestPoint(4, 10, PointLabel.INTERPOLATION));

    @Test
    void crc32IsZlibs() {
        // python3: zlib.crc32(b'grep|m4.2xlarge|17675|100|175000000|0.0|0')
        assertEquals(2066491192L, EvaluationCase.crc32("grep|m4.2xlarge|17675|100|175000000|0.0|0"));
    }

    @Test
    void labelsFollowTheStrictInteriorRule() {
        assertEquals(PointLabel.EXTRAPOLATION, PointLabel.of(4, List.of()));
        assertEquals(PointLabel.EXTRAPOLATION, PointLabel.of(4, List.of(2)));
        assertEquals(PointLabel.INTERPOLATION, PointLabel.of(4, List.of(2, 6)));
        assertEquals(PointLabel.EXTRAPOLATION, PointLabel.of(8, List.of(2, 6)));
        assertEquals(PointLabel.EXTRAPOLATION, PointLabel.of(1, List.of(2, 6)));
    }

    @Test
    void refusesInconsistentCases() {
        assertEquals("case c: fold must be -1 for variant bell-cross, got 0", error(() ->
                make(EvaluationVariant.BELL_CROSS, 0, 2, List.of(), List.of(2, 6), TEST)));
        assertEquals("case c: fold must be >= 0 for variant c3o, got -1", error(() ->
                make(EvaluationVariant.C3O, -1, 2, List.of(), List.of(2, 6), TEST)));
        assertEquals("case c: expected 3 train scale-outs, got [2, 6]", error(() ->
                make(EvaluationVariant.C3O, 0, 3, List.of(), List.of(2, 6), TEST)));
        assertEquals("case c: train scale-outs must be >= 1 and strictly ascending, got [6, 2]",
                error(() -> make(EvaluationVariant.C3O, 0, 2, List.of(), List.of(6, 2), TEST)));
        assertEquals("case c: test scale-out 6 is also a train scale-out", error(() ->
                make(EvaluationVariant.C3O, 0, 2, List.of(), List.of(2, 6),
                        List.of(new TestPoint(6, 1, PointLabel.EXTRAPOLATION)))));
        assertEquals("case c: has no test point", error(() ->
                make(EvaluationVariant.C3O, 0, 2, List.of(), List.of(2, 6), List.of())));
        assertEquals("case c: pre-training contexts contain the target grep-c00", error(() ->
                make(EvaluationVariant.C3O, 0, 2, List.of("grep-c00"), List.of(2, 6), TEST)));
        assertEquals("case c: pre-training contexts repeat: [grep-c01, grep-c01]", error(() ->
                make(EvaluationVariant.C3O, 0, 2, List.of("grep-c01", "grep-c01"), List.of(2, 6), TEST)));
    }
}
