package io.bellamy.prediction;

/**
 * A method that predicts the runtimes of one context from the few runs that exist there and,
 * if it can use them, the runs of other contexts of the same algorithm.
 */
public interface RuntimePredictor {

    /** Short name used in reports, e.g. {@code ernest}. */
    String name();

    /** The least number of distinct scale-outs of the target context this method needs (0..). */
    int minScaleOuts();

    /**
     * Fits the method to the data and returns the fitted model. Does not modify {@code data}.
     *
     * @throws IllegalArgumentException when the data is not enough for this method (fewer
     *     distinct scale-outs than {@link #minScaleOuts()})
     */
    FittedRuntimeModel fit(TrainingData data);
}
