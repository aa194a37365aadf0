package org.gwrkg.cli;

/**
 * A mistake of the person running gwrkg (a bad option value, a port in use, a directory with no
 * reports), as opposed to a bug. {@link ErrorHandler} prints its message on one line and exits
 * with {@link Main#EXIT_USAGE}, so the message must say what is wrong and what to do.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
