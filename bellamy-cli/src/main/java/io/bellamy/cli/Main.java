package io.bellamy.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the {@code bellamy} command. Exit codes: 0 success, 1 failure, 2 usage error.
 * Errors are one line on standard error; {@code --verbose} adds the stack trace.
 */
@Command(name = "bellamy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runtime prediction and resource allocation for distributed dataflow jobs.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order the usage lists them. Only the one a command line names is
     * built (picocli reads every option of a command by reflection, which a short command should
     * not pay for eight times); all are built for {@link #WHOLE_TREE}, usage and unknown
     * names.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(DataCommand.class,
            PretrainCommand.class, PredictCommand.class, EvaluateCommand.class,
            ConfigCommand.class, BenchCommand.class, ServeCommand.class, DemoCommand.class,
            CommandLine.HelpCommand.class);
    /** Subcommands that use the others: help describes them, demo runs them. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "demo");

    /** Exit code of a failed command. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a usage error (unknown option, bad value). */
    public static final int EXIT_USAGE = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(System.getenv(), Path.of(""), out, err,
                System.console() != null);
        int code = execute(environment, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line in-process and returns its exit code. */
    public static int execute(CliEnvironment environment, String... args) {
        Factory factory = new Factory(environment);
        CommandLine commandLine = new CommandLine(new Main(), factory);
        String named = subcommandName(args);
        boolean one = named != null && !WHOLE_TREE.contains(named) && SUBCOMMANDS.stream()
                .anyMatch(c -> nameOf(c).equals(named));
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (!one || nameOf(subcommand).equals(named)) {
                commandLine.addSubcommand(new CommandLine(subcommand, factory));
            }
        }
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            boolean verbose = parseResult.matchedOptionValue("--verbose", false)
                    || anyVerbose(parseResult);
            return reportFailure(environment.err(), ex, verbose);
        });
        commandLine.setParameterExceptionHandler((ex, args2) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("bellamy: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return EXIT_USAGE;
        });
        int code = commandLine.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /** The first argument that is not an option: the subcommand's name, if any. */
    private static String subcommandName(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    private static boolean anyVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Prints one line naming the failure (and the stack trace when verbose); returns the exit code. */
    static int reportFailure(PrintWriter err, Exception ex, boolean verbose) {
        err.println("bellamy: error: " + describe(ex).strip().replaceAll("\\s*\\R\\s*", " "));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ex instanceof UsageException ? EXIT_USAGE : EXIT_FAILURE;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = ex.getCause();
            return cause != null ? describe(cause) : ex.getClass().getSimpleName();
        }
        return message;
    }

    /** Creates commands, handing the environment to those that take it in their constructor. */
    private record Factory(CliEnvironment environment) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> constructor = cls.getDeclaredConstructor(CliEnvironment.class);
                constructor.setAccessible(true);
                return constructor.newInstance(environment);
            } catch (NoSuchMethodException noEnvironment) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

}
