package io.bellamy.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One database connection shared by the threads of a store: opened on first use, used by one
 * call at a time (callers queue on a lock), dropped when the driver reports it broken (SQL state
 * class {@code 08}) so that the next call opens a new one.
 */
final class GuardedConnection implements AutoCloseable {

    /** Work on a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection; // guarded by lock
    private boolean closed; // guarded by lock

    GuardedConnection(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Runs read-only work in auto-commit mode.
     *
     * @param what what the work does, for the message of a failure ("read runs of grep")
     * @throws StoreException wrapping the driver's exception
     * @throws IllegalStateException after {@link #close()}
     */
    <T> T read(String what, SqlWork<T> work) {
        return call(what, false, work);
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws anything
     * (a {@link RuntimeException} from the work is rethrown as it is).
     *
     * @throws StoreException wrapping the driver's exception
     * @throws IllegalStateException after {@link #close()}
     */
    <T> T write(String what, SqlWork<T> work) {
        return call(what, true, work);
    }

    /** Closes the connection; later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            discard();
        } finally {
            lock.unlock();
        }
    }

    private <T> T call(String what, boolean transaction, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the run store is closed");
            }
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            return transaction ? inTransaction(connection, work) : work.run(connection);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                discard();
            }
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
                discard();
            }
            throw e;
        } finally {
            if (connection != null) {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    discard(); // the next call starts from a fresh connection
                }
            }
        }
    }

    private void discard() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is unusable either way; the caller reports the original failure
            }
            connection = null;
        }
    }
}
