package io.bellamy.cli;

/** A request the command cannot act on because of how it was called (exit code 2). */
public final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** A usage error with its message. */
    public UsageException(String message) {
        super(message);
    }
}
