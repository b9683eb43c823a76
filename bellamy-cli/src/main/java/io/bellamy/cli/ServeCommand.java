package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.server.AccessTokens;
import io.bellamy.server.BellamyServer;
import io.bellamy.server.ServerOptions;
import io.bellamy.store.RunStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellamy serve}: the HTTP service (see bellamy-server and the README's "HTTP service").
 * Runs until interrupted (Ctrl-C, SIGTERM), then shuts down gracefully.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API (/v1/predictions, /v1/runs, /v1/models, /v1/jobs, "
                + "/healthz, /readyz, /metrics, /openapi.json) until interrupted.")
final class ServeCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 "
                    + "for every interface, behind a TLS proxy).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer <token>' with the token in FILE on "
                    + "every endpoint except /healthz, /readyz, /metrics and /openapi.json.")
    Path tokenFile;

    @Option(names = "--write-token-file", paramLabel = "FILE",
            description = "Require this other token for writes (POST /v1/runs, pre-training).")
    Path writeTokenFile;

    @Option(names = "--pretrain-every", paramLabel = "DURATION",
            description = "Re-pre-train, in the background and one at a time, each model whose "
                    + "training data changed; e.g. 30m, 6h, 1d or ISO-8601 PT6H.")
    String pretrainEvery;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    ServeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be in 0..65535, got " + port);
        }
        if (maxBody < 1) {
            throw new UsageException("--max-body must be >= 1, got " + maxBody);
        }
        Duration every = pretrainEvery == null ? null : duration(pretrainEvery);
        BellamyConfig config = configOption.load(env);
        Workspace workspace = new Workspace(env, state);
        AccessTokens tokens = AccessTokens.fromFiles(
                tokenFile == null ? null : env.resolve(tokenFile),
                writeTokenFile == null ? null : env.resolve(writeTokenFile));
        ServerOptions options = ServerOptions.defaults(workspace.models(), config)
                .withAddress(host, port).withTokens(tokens).withPretrainEvery(every)
                .withMaxBodyBytes(maxBody).withCodeVersion(BuildInfo.version());
        try (RunStore store = workspace.openStoreWithDatasets();
                BellamyServer server = BellamyServer.start(options, store)) {
            Thread hook = new Thread(server::close, "bellamy-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            env.err().printf("bellamy: serving %s (store %s, models %s%s)%n", server.uri(),
                    workspace.storeName(), workspace.models(),
                    tokens.enabled() ? ", bearer tokens required" : "");
            env.err().flush();
            server.awaitClose();
        }
        return 0;
    }

    /** {@code 90s}, {@code 30m}, {@code 6h}, {@code 1d} or an ISO-8601 duration. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.matches("\\d+[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            }
            if (d.isZero() || d.isNegative()) {
                throw new UsageException("--pretrain-every must be > 0, got '" + text + "'");
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UsageException("--pretrain-every must be like 30m, 6h, 1d or PT6H, got '"
                    + text + "'");
        }
    }
}
