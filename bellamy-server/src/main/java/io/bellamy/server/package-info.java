/**
 * The HTTP service for resource managers and schedulers: predictions, recording observed runs,
 * the model registry and background pre-training jobs, versioned under {@code /v1}, with health,
 * readiness, Prometheus metrics and an OpenAPI document. Built on Javalin (Jetty) and Jackson.
 *
 * <p>Entry point: {@link io.bellamy.server.BellamyServer}, configured by
 * {@link io.bellamy.server.ServerOptions}. Errors are RFC 9457 problem documents; every
 * exception is mapped to a status in one place ({@code Problems}).
 */
package io.bellamy.server;
