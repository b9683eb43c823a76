/**
 * The runtime-history store: the one place run records live once read, and the one source of
 * pre-training and fine-tuning data.
 *
 * <p>{@link io.bellamy.store.RunStore} is the seam; {@link io.bellamy.store.RunStores} opens the
 * JDBC implementation on SQLite (the default, a {@code bellamy.db} file in the state directory) or
 * PostgreSQL. The schema is versioned with Flyway migrations under {@code db/migration}, applied
 * when a store is opened.
 */
package io.bellamy.store;
