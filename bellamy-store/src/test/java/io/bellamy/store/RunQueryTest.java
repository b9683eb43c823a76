package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunQueryTest {

    @Test
    void withersReturnChangedCopies() {
        RunQuery base = RunQuery.of("grep");
        RunQuery filtered = base.where(ContextProperty.MACHINE_TYPE, "m4.xlarge")
                .where(ContextProperty.DATA_SIZE_MB, 15150) // an Integer becomes a Double
                .withSources(Set.of("c3o"));

        assertEquals(Map.of(), base.filters());
        assertEquals(Set.of(), base.sources());
        assertEquals(Map.of(ContextProperty.MACHINE_TYPE, "m4.xlarge",
                ContextProperty.DATA_SIZE_MB, 15150.0), filtered.filters());
        assertEquals(Set.of("c3o"), filtered.sources());
        assertEquals(Map.of(ContextProperty.DATA_SIZE_MB, 15150.0),
                filtered.without(ContextProperty.MACHINE_TYPE).filters());
        assertEquals(Map.of(ContextProperty.MACHINE_TYPE, "c4.large", ContextProperty.DATA_SIZE_MB,
                15150.0), filtered.where(ContextProperty.MACHINE_TYPE, "c4.large").filters());
    }

    @Test
    void componentsAreCopiedAndUnmodifiable() {
        Set<String> sources = new HashSet<>(Set.of("c3o"));
        Map<ContextProperty, Object> filters = new HashMap<>(Map.of(ContextProperty.JOB_ARGS, "x"));
        RunQuery query = new RunQuery("grep", sources, filters);
        sources.add("bell");
        filters.clear();

        assertEquals(Set.of("c3o"), query.sources());
        assertEquals(Map.of(ContextProperty.JOB_ARGS, "x"), query.filters());
        assertThrows(UnsupportedOperationException.class, () -> query.sources().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> query.filters().clear());
    }

    @Test
    void rejectsBadValuesQuotingThem() {
        assertThrows(IllegalArgumentException.class, () -> RunQuery.of(" "));
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> RunQuery.of("grep").where(ContextProperty.DATA_SIZE_MB, "15150"));
        assertTrue(number.getMessage().contains("data_size_MB")
                && number.getMessage().contains("'15150'"), number.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> RunQuery.of("grep").where(ContextProperty.JOB_ARGS, 3));
        assertTrue(text.getMessage().contains("job_args"), text.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RunQuery.of("grep").where(ContextProperty.DATA_SIZE_MB, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> RunQuery.of("grep").where(ContextProperty.MACHINE_TYPE, null));
        assertThrows(IllegalArgumentException.class,
                () -> RunQuery.of("grep").withSources(Set.of("")));
    }

    @Test
    void matchesChecksAlgorithmAndEveryFilter() {
        RunRecord run = Runs.grep(2, 10.0);
        assertTrue(RunQuery.of("grep").matches(run));
        assertFalse(RunQuery.of("sort").matches(run));
        assertTrue(RunQuery.forContext(run.context()).matches(run));
        assertTrue(RunQuery.forContext(run.context()).matches(Runs.grep(8, 1.0)));
        for (ContextProperty p : ContextProperty.values()) {
            assertFalse(RunQuery.forContext(run.context()).matches(
                    Runs.with(run, p, Runs.otherValue(p))), p.key());
        }
        assertTrue(RunQuery.of("grep").where(ContextProperty.DATA_SIZE_MB, 15150).matches(run));
    }

    @Test
    void contextPropertiesParseTextAndKnowTheirKeys() {
        assertEquals(15150.0, ContextProperty.DATA_SIZE_MB.parse(" 15150 "));
        assertEquals(" a b ", ContextProperty.JOB_ARGS.parse(" a b "));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ContextProperty.DATA_SIZE_MB.parse("big"));
        assertTrue(bad.getMessage().contains("'big'"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContextProperty.DATA_SIZE_MB.parse("Infinity"));

        assertEquals(ContextProperty.DATA_SIZE_MB, ContextProperty.fromKey("data_size_MB"));
        assertEquals(ContextProperty.DATA_SIZE_MB, ContextProperty.fromKey("DATA_SIZE_MB"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ContextProperty.fromKey("colour"));
        assertTrue(unknown.getMessage().contains("'colour'")
                && unknown.getMessage().contains("machine_type"), unknown.getMessage());
        assertEquals(List.of(ContextProperty.JOB_TYPE), java.util.Arrays.stream(ContextProperty.values())
                .filter(p -> !p.essential()).toList());
    }
}
