package io.bellamy.store;

/**
 * The database behind a {@link RunStore} failed (connection lost, constraint violated by a
 * concurrent writer, disk full, ...). The cause is the driver's exception. A failed write has
 * changed nothing.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message saying what the store was doing, and the cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
