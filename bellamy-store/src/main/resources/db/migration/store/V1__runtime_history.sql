-- The runtime history: one row per run, and one row per imported file.
-- Written once for SQLite and PostgreSQL. The only vendor difference, the auto-numbered
-- primary key, comes from the Flyway placeholder ${auto_id} that the store sets per database.

CREATE TABLE imports (
    id          ${auto_id},
    source      TEXT NOT NULL,
    digest      TEXT NOT NULL,
    label       TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    run_count   INTEGER NOT NULL,
    CONSTRAINT imports_source_digest UNIQUE (source, digest)
);

CREATE TABLE runs (
    id                   ${auto_id},
    source               TEXT NOT NULL,
    import_id            BIGINT REFERENCES imports (id),
    run_id               TEXT UNIQUE,
    algorithm            TEXT NOT NULL,
    instance_count       INTEGER NOT NULL,
    gross_runtime        DOUBLE PRECISION NOT NULL,
    machine_type         TEXT NOT NULL,
    job_args             TEXT NOT NULL,
    data_size_mb         DOUBLE PRECISION NOT NULL,
    data_characteristics TEXT NOT NULL,
    environment          TEXT NOT NULL,
    job_type             TEXT NOT NULL,
    memory               DOUBLE PRECISION,
    slots                DOUBLE PRECISION
);

CREATE INDEX runs_algorithm_source ON runs (algorithm, source);
CREATE INDEX runs_import ON runs (import_id);

-- A single row whose counter goes up with every committed write that adds runs.
CREATE TABLE store_state (
    id           INTEGER PRIMARY KEY,
    change_count BIGINT NOT NULL
);

INSERT INTO store_state (id, change_count) VALUES (1, 0);
