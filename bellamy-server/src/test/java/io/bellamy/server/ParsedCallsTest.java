package io.bellamy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsedCallsTest {

    private static final String YAML = """
            min_scale_out: 2
            max_scale_out: 6
            essential_properties:
              machine_type: "c4.2xlarge"
              job_args: "computer"
              data_size_MB: 15150
              data_characteristics: ""
              environment: "public cloud aws emr"
            """;

    private final ParsedCalls calls = new ParsedCalls(2);

    private static Map<String, List<String>> query(String policy) {
        return Map.of("algorithm", List.of("grep"), "policy", List.of(policy));
    }

    @Test
    void aRepeatedInputIsTheKeptCallAndEqualsANewParse() {
        PredictionCall first = calls.fromRequestFile(query("fastest"), YAML, false);
        assertSame(first, calls.fromRequestFile(query("fastest"), YAML, false));
        assertEquals(PredictionCall.fromRequestFile(query("fastest"), YAML, false), first);
    }

    @Test
    void aLongBodyIsParsedEveryTimeNotKept() {
        String padded = YAML + "# " + "x".repeat(ParsedCalls.MAX_KEPT_CHARS) + "\n";
        PredictionCall first = calls.fromRequestFile(query("fastest"), padded, false);
        PredictionCall second = calls.fromRequestFile(query("fastest"), padded, false);
        assertEquals(first, second);
        assertNotSame(first, second);
    }

    @Test
    void anotherQueryBodyOrTypeIsParsedAgain() {
        PredictionCall fastest = calls.fromRequestFile(query("fastest"), YAML, false);
        PredictionCall cheapest = calls.fromRequestFile(query("cheapest"), YAML, false);
        PredictionCall wider = calls.fromRequestFile(query("fastest"),
                YAML.replace("max_scale_out: 6", "max_scale_out: 7"), false);
        assertEquals("cheapest", cheapest.policy().name());
        assertEquals(7, wider.request().maxScaleOut());
        assertNotEquals(fastest, wider);
        ApiProblem asJson = assertThrows(ApiProblem.class,
                () -> calls.fromRequestFile(query("fastest"), YAML, true));
        assertEquals(400, asJson.status());
    }

    @Test
    void inputThatDoesNotParseIsRefusedEveryTime() {
        String bad = YAML.replace("max_scale_out: 6", "max_scale_out: many");
        for (int i = 0; i < 2; i++) {
            ApiProblem problem = assertThrows(ApiProblem.class,
                    () -> calls.fromRequestFile(query("fastest"), bad, false));
            assertEquals("request.max_scale_out", problem.field());
        }
    }
}
