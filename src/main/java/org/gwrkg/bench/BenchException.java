package org.gwrkg.bench;

/**
 * A benchmark that cannot run as asked (an empty corpus, a store directory in use, two files that
 * are the same report): the message says what and what to do; the command prints it on one line.
 */
public class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
