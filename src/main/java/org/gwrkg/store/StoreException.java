package org.gwrkg.store;

/**
 * A store directory that cannot be used as asked: missing, not a TDB2 store, or held by another
 * process. The message names the directory and says what to do; the CLI prints it on one line and
 * exits with 2.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
