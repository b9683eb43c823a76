package io.bellamy.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers endpoints behind one wrapper that checks the token, refuses new work while the
 * server drains, maps every exception through {@link Problems}, counts requests in flight and
 * records metrics per route template.
 */
final class Routes {

    /** An endpoint's handler. */
    @FunctionalInterface
    interface Endpoint {
        void handle(Context ctx) throws Exception;
    }

    /** A registered route, for the OpenAPI consistency test. */
    record Route(String method, String path, Access access) {
    }

    private final JavalinConfig config;
    private final AccessTokens tokens;
    private final Problems problems;
    private final Metrics metrics;
    private final Draining draining;
    private final List<Route> routes = new ArrayList<>();

    /** Whether the server is shutting down, and how many requests are in flight. */
    static final class Draining {
        private volatile boolean draining;
        private final AtomicInteger inFlight = new AtomicInteger();

        boolean draining() {
            return draining;
        }

        void start() {
            draining = true;
        }

        int inFlight() {
            return inFlight.get();
        }
    }

    Routes(JavalinConfig config, AccessTokens tokens, Problems problems, Metrics metrics,
            Draining draining) {
        this.config = config;
        this.tokens = tokens;
        this.problems = problems;
        this.metrics = metrics;
        this.draining = draining;
    }

    Routes get(String path, Access access, Endpoint endpoint) {
        return add(HandlerType.GET, path, access, endpoint);
    }

    Routes post(String path, Access access, Endpoint endpoint) {
        return add(HandlerType.POST, path, access, endpoint);
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    private Routes add(HandlerType method, String path, Access access, Endpoint endpoint) {
        String methodName = method.name();
        routes.add(new Route(methodName, path, access));
        config.routes.addHttpHandler(method, path, ctx -> {
            long started = System.nanoTime();
            draining.inFlight.incrementAndGet();
            try {
                if (draining.draining() && access != Access.PUBLIC) {
                    throw ApiProblem.unavailable("the server is shutting down", null);
                }
                switch (tokens.check(access, ctx.header("Authorization"))) {
                    case MISSING_OR_WRONG -> throw ApiProblem.unauthorized();
                    case READ_ONLY -> throw ApiProblem.forbidden();
                    default -> endpoint.handle(ctx);
                }
            } catch (Exception e) {
                problems.write(ctx, e);
            } finally {
                draining.inFlight.decrementAndGet();
                metrics.record(methodName, path, ctx.statusCode(), System.nanoTime() - started);
            }
        });
        return this;
    }
}
