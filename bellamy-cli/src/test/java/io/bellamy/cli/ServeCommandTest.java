package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellamy serve}: its options (the server itself is tested in bellamy-server). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void durationsTakeShortFormsAndIso8601() {
        assertEquals(Duration.ofSeconds(90), ServeCommand.duration("90s"));
        assertEquals(Duration.ofMinutes(30), ServeCommand.duration("30m"));
        assertEquals(Duration.ofHours(6), ServeCommand.duration("6h"));
        assertEquals(Duration.ofDays(1), ServeCommand.duration("1d"));
        assertEquals(Duration.ofHours(6), ServeCommand.duration("PT6H"));
        UsageException e = assertThrows(UsageException.class, () -> ServeCommand.duration("soon"));
        assertEquals("--pretrain-every must be like 30m, 6h, 1d or PT6H, got 'soon'",
                e.getMessage());
        assertThrows(UsageException.class, () -> ServeCommand.duration("0s"));
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnythingStarts() {
        CliRun run = CliRun.run(dir, Map.of(), "serve", "--port", "70000");
        assertEquals(Main.EXIT_USAGE, run.code());
        assertEquals("bellamy: error: --port must be in 0..65535, got 70000\n", run.err());
        CliRun every = CliRun.run(dir, Map.of(), "serve", "--pretrain-every", "often");
        assertEquals(Main.EXIT_USAGE, every.code());
        assertTrue(every.err().contains("--pretrain-every must be like"), every.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.run(dir, Map.of(), "serve", "--help");
        assertEquals(0, run.code());
        for (String option : new String[] {"--host", "--port", "--token-file",
            "--write-token-file", "--pretrain-every", "--data-dir", "--models", "--jdbc-url"}) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
