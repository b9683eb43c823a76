package io.bellamy.server;

import io.bellamy.config.BellamyConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link BellamyServer} runs.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default: loopback only)
 * @param port the port, 0 for any free one
 * @param models the model registry directory
 * @param fineTuneCache the directory of the fine-tune cache's disk entries, or {@code null} for
 *     memory only
 * @param globalModelCache the directory of the default method's global models on disk, or
 *     {@code null} for memory only
 * @param config the configuration (fine-tuning, pre-training, prices, seed)
 * @param tokens the bearer tokens required
 * @param pretrainEvery how often to re-pre-train models whose data changed, or {@code null}
 * @param maxBodyBytes the largest request body accepted (413 above)
 * @param shutdownGrace how long shutdown waits for in-flight requests and jobs
 * @param codeVersion the version recorded in models pre-trained by the server
 */
public record ServerOptions(String host, int port, Path models, Path fineTuneCache,
        Path globalModelCache, BellamyConfig config, AccessTokens tokens, Duration pretrainEvery, long maxBodyBytes,
        Duration shutdownGrace, String codeVersion) {

    /** The default body limit: 1 MiB (a batch of several thousand runs). */
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;

    /** Validates, quoting the value. */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(tokens, "tokens");
        if (pretrainEvery != null && (pretrainEvery.isNegative() || pretrainEvery.isZero())) {
            throw new IllegalArgumentException("pretrain interval must be > 0, got "
                    + pretrainEvery);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("body limit must be >= 1 byte, got " + maxBodyBytes);
        }
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(codeVersion, "codeVersion");
    }

    /**
     * Loopback, port 8080, the fine-tune cache under {@code <models>/.finetune-cache} and the
     * global models under {@code <models>/.global-model-cache} (where {@code bellamy predict}
     * keeps them too), no tokens.
     */
    public static ServerOptions defaults(Path models, BellamyConfig config) {
        return new ServerOptions("127.0.0.1", 8080, models, models.resolve(".finetune-cache"),
                models.resolve(".global-model-cache"), config, AccessTokens.none(), null,
                DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(30), "dev");
    }

    /** A copy binding another address and port. */
    public ServerOptions withAddress(String newHost, int newPort) {
        return new ServerOptions(newHost, newPort, models, fineTuneCache, globalModelCache,
                config, tokens, pretrainEvery, maxBodyBytes, shutdownGrace, codeVersion);
    }

    /** A copy requiring other tokens. */
    public ServerOptions withTokens(AccessTokens newTokens) {
        return new ServerOptions(host, port, models, fineTuneCache, globalModelCache, config,
                newTokens, pretrainEvery, maxBodyBytes, shutdownGrace, codeVersion);
    }

    /** A copy re-pre-training at another interval ({@code null}: never). */
    public ServerOptions withPretrainEvery(Duration every) {
        return new ServerOptions(host, port, models, fineTuneCache, globalModelCache, config,
                tokens, every, maxBodyBytes, shutdownGrace, codeVersion);
    }

    /** A copy with another body limit. */
    public ServerOptions withMaxBodyBytes(long limit) {
        return new ServerOptions(host, port, models, fineTuneCache, globalModelCache, config,
                tokens, pretrainEvery, limit, shutdownGrace, codeVersion);
    }

    /** A copy recording another code version in pre-trained models. */
    public ServerOptions withCodeVersion(String version) {
        return new ServerOptions(host, port, models, fineTuneCache, globalModelCache, config,
                tokens, pretrainEvery, maxBodyBytes, shutdownGrace, version);
    }

    /** A copy with another fine-tune cache directory ({@code null}: memory only). */
    public ServerOptions withFineTuneCache(Path dir) {
        return new ServerOptions(host, port, models, dir, globalModelCache, config, tokens,
                pretrainEvery, maxBodyBytes, shutdownGrace, codeVersion);
    }

    /** A copy with another directory for the global models ({@code null}: memory only). */
    public ServerOptions withGlobalModelCache(Path dir) {
        return new ServerOptions(host, port, models, fineTuneCache, dir, config, tokens,
                pretrainEvery, maxBodyBytes, shutdownGrace, codeVersion);
    }
}
