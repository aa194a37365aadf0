package org.gwrkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version for {@code --version}, from {@code version.properties}, which Maven fills in from the
 * pom so the version is written in one place only. Read from the classpath (not the jar manifest)
 * so that it works in tests and from {@code target/classes} too.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A missing version is no reason to fail --version; say so instead.
        }
        return new String[] {"gwrkg " + p.getProperty("version", "(unknown version)")
                + " (Java " + System.getProperty("java.version") + ")"};
    }
}
