package org.gwrkg.eval;

/**
 * A gold file that cannot be used: missing, not JSON, or not in the shape of GUIDELINES.md.
 * The message names the file and what is wrong, so it can be shown to the person as is.
 *
 * <pre>{@code
 * try { GoldStandard.load(path); }
 * catch (GoldFileException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class GoldFileException extends IllegalArgumentException {
    public GoldFileException(String message) {
        super(message);
    }

    public GoldFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
