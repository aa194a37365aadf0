package org.gwrkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The one user allowed to write through an endpoint opened with {@code --allow-update}. Never from
 * the command line, where any user of the machine can read it in the process list: from a file
 * holding a line {@code user:password} (the first line that is neither blank nor a {@code #}
 * comment), or from the environment variables {@value #PASSWORD_VARIABLE} and {@value #USER_VARIABLE}
 * (user {@value #DEFAULT_USER} when unset).
 *
 * @param user     the user name
 * @param password the password
 */
public record Credentials(String user, String password) {

    /** The environment variable holding the password. */
    public static final String PASSWORD_VARIABLE = "GWRKG_PASSWORD";
    /** The environment variable holding the user name. */
    public static final String USER_VARIABLE = "GWRKG_USER";
    /** The user name when {@value #USER_VARIABLE} is unset. */
    public static final String DEFAULT_USER = "admin";

    public Credentials {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("a user name is needed, without ':'");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("an empty password is no password");
        }
    }

    /** Hides the password from logs and messages. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }

    /**
     * The credentials in {@code file}.
     *
     * @throws IllegalArgumentException with a message for the person when the file cannot be used
     */
    public static Credentials fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the credentials file (" + e.getMessage() + ")", e);
        }
        String line = text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + ": no line user:password in the credentials file"));
        int colon = line.indexOf(':');
        if (colon <= 0 || colon == line.length() - 1) {
            throw new IllegalArgumentException(file + ": the credentials line must read user:password");
        }
        return new Credentials(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }

    /** The credentials in the environment, if {@value #PASSWORD_VARIABLE} is set and not empty. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String password = env.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String user = env.getOrDefault(USER_VARIABLE, "");
        return Optional.of(new Credentials(user.isBlank() ? DEFAULT_USER : user.strip(), password));
    }
}
