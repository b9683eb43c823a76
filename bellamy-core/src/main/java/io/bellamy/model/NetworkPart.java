package io.bellamy.model;

/** The four sub-networks of a {@link BellamyNetwork}, each one parameter group. */
public enum NetworkPart {
    /** Scale-out net: Linear(3 -> 2h) SELU Linear(2h -> h) SELU. */
    SCALE_OUT("scaleout"),
    /** Shared property encoder: Linear(e -> h) SELU AlphaDropout Linear(h -> h/2) SELU. */
    ENCODER("encoder"),
    /** Property decoder: Linear(h/2 -> h) SELU AlphaDropout Linear(h -> e) Tanh. */
    DECODER("decoder"),
    /** Combination net: Linear(32 -> h) SELU Linear(h -> 1) SELU. */
    COMBINATION("combination");

    private final String groupName;

    NetworkPart(String groupName) {
        this.groupName = groupName;
    }

    /** The name of this part's group in {@link BellamyNetwork#parameters()}. */
    public String groupName() {
        return groupName;
    }
}
