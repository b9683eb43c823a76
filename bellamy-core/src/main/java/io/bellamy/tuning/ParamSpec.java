package io.bellamy.tuning;

/**
 * One hyperparameter of a {@link SearchSpace}: a categorical choice, a float range or an int
 * range. Implementations are immutable records validated on construction; bad arguments raise
 * {@link IllegalArgumentException} with a message quoting the value, as Optuna's
 * {@code optuna/distributions.py} does.
 *
 * <p>Samplers work on an internal {@code double} per parameter: the index of the choice for a
 * categorical, the value itself for a float or int (see {@link #toInternal(Object)}).
 */
public sealed interface ParamSpec permits CategoricalParam, FloatParam, IntParam {

    /** The parameter's name, unique within its space; not blank. */
    String name();

    /**
     * Whether {@code value} is a value this parameter can take (a listed choice, a number in
     * range).
     */
    boolean contains(Object value);

    /**
     * The sampler-internal representation of {@code value}.
     *
     * @throws IllegalArgumentException if {@code value} is not {@link #contains(Object) in} the
     *     parameter
     */
    double toInternal(Object value);

    /**
     * The value for a sampler-internal representation: the choice at a (rounded) index, the
     * float clamped to the range, the int rounded half-even and clamped to the range.
     */
    Object fromInternal(double internal);

    /** A categorical parameter over the given numbers or strings. */
    static CategoricalParam categorical(String name, Object... choices) {
        return new CategoricalParam(name, java.util.Arrays.asList(choices));
    }

    /** A float parameter on {@code [low, high]}, uniform or (with {@code log}) log-uniform. */
    static FloatParam floatRange(String name, double low, double high, boolean log) {
        return new FloatParam(name, low, high, log);
    }

    /** An int parameter on {@code [low, high]}, uniform or (with {@code log}) log-uniform. */
    static IntParam intRange(String name, int low, int high, boolean log) {
        return new IntParam(name, low, high, log);
    }
}
