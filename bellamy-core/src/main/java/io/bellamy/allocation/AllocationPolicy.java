package io.bellamy.allocation;

/** Chooses a scale-out from a predicted runtime curve. */
public interface AllocationPolicy {

    /** The policy's name as the command line spells it. */
    String name();

    /** The recommended scale-out for this curve, never {@code null}. */
    Recommendation recommend(RuntimeCurve curve);
}
