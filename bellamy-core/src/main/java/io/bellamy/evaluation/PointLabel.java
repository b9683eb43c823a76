package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/** Whether a test scale-out lies inside the range of the chosen scale-outs (SPEC §8). */
public enum PointLabel {
    /** Strictly between the smallest and largest chosen scale-out. */
    INTERPOLATION("interpolation"),
    /** Anywhere else, including every test point when fewer than two scale-outs are chosen. */
    EXTRAPOLATION("extrapolation");

    private final String id;

    PointLabel(String id) {
        this.id = id;
    }

    /** The lower-case name used in manifests, CSV and reports. */
    public String id() {
        return id;
    }

    /**
     * The label of a test scale-out: interpolation iff {@code min(train) < n < max(train)}.
     *
     * @param scaleOut the test scale-out
     * @param trainScaleOuts the chosen scale-outs (any order, may be empty)
     */
    public static PointLabel of(int scaleOut, List<Integer> trainScaleOuts) {
        Objects.requireNonNull(trainScaleOuts, "trainScaleOuts");
        if (trainScaleOuts.isEmpty()) {
            return EXTRAPOLATION;
        }
        int min = trainScaleOuts.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = trainScaleOuts.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return min < scaleOut && scaleOut < max ? INTERPOLATION : EXTRAPOLATION;
    }

    /**
     * The label with the given id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static PointLabel parse(String text) {
        for (PointLabel l : values()) {
            if (l.id.equals(text)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown label '" + text
                + "'; valid: interpolation, extrapolation");
    }
}
