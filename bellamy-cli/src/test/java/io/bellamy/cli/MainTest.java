package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command tree: usage lists every subcommand, though a command line builds only its own. */
class MainTest {

    private static final List<String> SUBCOMMANDS = List.of("data", "pretrain", "predict",
            "evaluate", "config", "bench", "serve", "demo", "help");

    @TempDir
    Path dir;

    @Test
    void usageAndHelpDescribeEverySubcommand() {
        CliRun usage = CliRun.run(dir, Map.of(), "--help");
        CliRun help = CliRun.run(dir, Map.of(), "help", "predict");
        CliRun typo = CliRun.run(dir, Map.of(), "prdict");

        assertEquals(0, usage.code(), usage.err());
        for (String name : SUBCOMMANDS) {
            assertTrue(usage.out().contains("\n  " + name + " "), name + " in\n" + usage.out());
        }
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--server=URL"), help.out());
        assertEquals(Main.EXIT_USAGE, typo.code());
        assertTrue(typo.err().startsWith("bellamy: Unmatched argument at index 0: 'prdict'"),
                typo.err());
    }

    @Test
    void everySubcommandsHelpPrintsWithoutPicocliWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String name : SUBCOMMANDS.subList(0, SUBCOMMANDS.size() - 1)) {
                CliRun run = CliRun.run(dir, Map.of(), "--verbose", name, "--help");
                assertEquals(0, run.code(), name + ": " + run.err());
                assertTrue(run.out().startsWith("Usage: bellamy " + name), run.out());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
