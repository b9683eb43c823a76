package io.bellamy.data;

import java.io.IOException;

/** A public dataset file could not be downloaded or failed verification; names the URL. */
public final class DatasetFetchException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the URL and a cause, or {@code null}. */
    public DatasetFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
