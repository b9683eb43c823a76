package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    private static final SearchSpace SPEC_SPACE = SearchSpace.of(
            ParamSpec.categorical("dropout", 0.05, 0.1, 0.2),
            ParamSpec.categorical("lr", 0.1, 0.01, 0.001),
            ParamSpec.categorical("weight_decay", 0.01, 0.001, 0.0001));

    @Test
    void badParametersAreRejectedQuotingTheValue() {
        assertEquals("categorical parameter 'lr' needs at least one choice, got []",
                message(() -> ParamSpec.categorical("lr")));
        assertEquals("categorical parameter 'lr' has the choice 0.1 (Double) twice in [0.1, 0.1]",
                message(() -> ParamSpec.categorical("lr", 0.1, 0.1)));
        assertEquals("categorical parameter 'lr' choices must be finite, got NaN",
                message(() -> ParamSpec.categorical("lr", Double.NaN)));
        assertEquals("categorical parameter 'lr' choices must be numbers or strings, got true"
                + " (Boolean)", message(() -> ParamSpec.categorical("lr", true)));
        assertEquals("float parameter 'x' needs low < high, got low=2.0, high=1.0",
                message(() -> ParamSpec.floatRange("x", 2, 1, false)));
        assertEquals("float parameter 'x' needs low < high, got low=1.0, high=1.0",
                message(() -> ParamSpec.floatRange("x", 1, 1, false)));
        assertEquals("float parameter 'x' on a log scale needs low > 0, got low=0.0",
                message(() -> ParamSpec.floatRange("x", 0, 1, true)));
        assertEquals("float parameter 'x' needs finite bounds, got low=-Infinity, high=1.0",
                message(() -> ParamSpec.floatRange("x", Double.NEGATIVE_INFINITY, 1, false)));
        assertEquals("int parameter 'n' needs low < high, got low=5, high=5",
                message(() -> ParamSpec.intRange("n", 5, 5, false)));
        assertEquals("int parameter 'n' on a log scale needs low > 0, got low=-1",
                message(() -> ParamSpec.intRange("n", -1, 5, true)));
        assertEquals("int parameter name must not be blank, got ' '",
                message(() -> ParamSpec.intRange(" ", 1, 5, true)));
        assertEquals("parameter name 'lr' appears twice in the search space",
                message(() -> SearchSpace.of(ParamSpec.categorical("lr", 1),
                        ParamSpec.floatRange("lr", 0, 1, false))));
        assertEquals("a search space needs at least one parameter, got []",
                message(() -> SearchSpace.of()));
    }

    @Test
    void spaceAndChoicesAreImmutable() {
        List<Object> choices = new ArrayList<>(List.of("a", "b"));
        CategoricalParam param = new CategoricalParam("c", choices);
        choices.add("c");
        assertEquals(List.of("a", "b"), param.choices());
        assertThrows(UnsupportedOperationException.class, () -> param.choices().add("d"));
        assertThrows(UnsupportedOperationException.class,
                () -> SPEC_SPACE.params().add(ParamSpec.categorical("x", 1)));
    }

    @Test
    void internalValuesRoundTrip() {
        SearchSpace space = SearchSpace.of(ParamSpec.categorical("opt", "adam", "sgd"),
                ParamSpec.floatRange("x", -1, 1, false), ParamSpec.intRange("n", 1, 9, true));
        TrialParams params = space.fromInternal(new double[] {1, 0.25, 3.5});
        assertEquals(Map.of("opt", "sgd", "x", 0.25, "n", 4), params.asMap());
        assertEquals(List.of("opt", "x", "n"), params.names());
        space.validate(params);
        assertEquals(1.0, space.params().get(0).toInternal("sgd"));
        // out-of-range internal values clamp into range (3.5 rounds half-even to 4)
        assertEquals(Map.of("opt", "adam", "x", 1.0, "n", 1),
                space.fromInternal(new double[] {0, 7.0, -3}).asMap());
        assertEquals("categorical parameter 'opt' has no choice 'rmsprop'; choices are"
                + " [adam, sgd]", message(() -> space.params().get(0).toInternal("rmsprop")));
        assertEquals("int parameter 'n' needs an Integer in [1, 9], got 4.0 (Double)",
                message(() -> space.params().get(2).toInternal(4.0)));
    }

    @Test
    void validateNamesTheOffendingParameter() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("dropout", 0.05);
        values.put("lr", 0.5);
        values.put("weight_decay", 0.01);
        String message = message(() -> SPEC_SPACE.validate(new TrialParams(values)));
        assertTrue(message.startsWith("parameter 'lr' has the value 0.5, which is not in"),
                message);
        assertEquals("trial parameters [dropout] do not match the search space"
                + " [dropout, lr, weight_decay]",
                message(() -> SPEC_SPACE.validate(new TrialParams(Map.of("dropout", 0.05)))));
    }

    @Test
    void trialParamsGiveTypedValuesAndClearErrors() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lr", 0.01);
        values.put("layers", 3);
        values.put("batch", 64.0);
        values.put("optimizer", "adam");
        TrialParams params = new TrialParams(values);
        assertEquals(0.01, params.getDouble("lr"));
        assertEquals(3.0, params.getDouble("layers"));
        assertEquals(3, params.getInt("layers"));
        assertEquals(64, params.getInt("batch"));
        assertEquals("adam", params.getString("optimizer"));
        assertEquals("unknown parameter 'momentum'; known: [lr, layers, batch, optimizer]",
                message(() -> params.getDouble("momentum")));
        assertEquals("parameter 'optimizer' is the string 'adam', not a number",
                message(() -> params.getDouble("optimizer")));
        assertEquals("parameter 'lr' is the number 0.01, not a whole number",
                message(() -> params.getInt("lr")));
        assertEquals("parameter 'lr' is the number 0.01, not a string",
                message(() -> params.getString("lr")));
        assertEquals(params, new TrialParams(values));
        assertEquals(params.hashCode(), new TrialParams(values).hashCode());
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }
}
