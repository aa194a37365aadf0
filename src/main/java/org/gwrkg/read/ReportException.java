package org.gwrkg.read;

/**
 * Input that gwrkg cannot use, with a message for the person who gave it: what was wrong,
 * which file, and what to do. The CLI prints the message on one line and exits with 2.
 */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
