package org.gwrkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Opens a TDB2 directory after checking that it is one: TDB2 would otherwise turn any directory it
 * is given, a home directory included, into a store, and its own errors (a lock held by another
 * process, a damaged file) read as internal failures.
 */
final class StoreDirectory {

    /** A TDB2 store holds its generations in Data-0001, Data-0002 … */
    private static final Pattern GENERATION = Pattern.compile("Data-\\d{4}");
    /** What TDB2 puts beside the generations. */
    private static final List<String> TDB2_FILES = List.of("tdb.lock", "tdb.cfg");
    /** How TDB2 names the process that holds a store's lock. */
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private StoreDirectory() {
    }

    static Dataset connect(Path dir, boolean create) {
        check(dir, create);
        try {
            return TDB2Factory.connectDataset(Location.create(dir));
        } catch (RuntimeException e) {
            throw new StoreException(explain(dir, e), e);
        }
    }

    /** Whether {@code dir} holds a TDB2 store already. */
    static boolean holdsStore(Path dir) {
        return Files.isDirectory(dir) && entries(dir).stream().anyMatch(n -> GENERATION.matcher(n).matches());
    }

    /** Fails with a message unless {@code dir} is a store, or (when creating) may become one. */
    static void check(Path dir, boolean create) {
        String load = "create one with gwrkg load --store " + dir + " FILE|DIR...";
        if (!Files.exists(dir)) {
            if (!create) {
                throw new StoreException(dir + ": no store there; " + load);
            }
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir + ": is a file, not a store directory; give a directory (new, empty, or made by gwrkg load --store)");
        }
        List<String> entries = entries(dir);
        if (entries.stream().anyMatch(n -> GENERATION.matcher(n).matches())) {
            return;
        }
        if (entries.stream().allMatch(TDB2_FILES::contains)) {
            if (!create) {
                throw new StoreException(dir + ": is an empty directory, not a store yet; " + load);
            }
            return;
        }
        throw new StoreException(dir + ": is not a TDB2 store (it holds other files, e.g. " + entries.get(0)
                + "); give a new or empty directory, or one made by gwrkg load --store");
    }

    private static List<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot list the store directory (" + e.getMessage() + ")", e);
        }
    }

    private static String explain(Path dir, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Failed to get a lock")) {
                Matcher pid = HOLDER.matcher(m);
                return dir + ": the store is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                        + ", e.g. a running gwrkg serve; TDB2 allows one process at a time: stop that one first";
            }
        }
        return dir + ": cannot open the TDB2 store (" + e.getMessage() + "); is it a store made by gwrkg load --store, and readable?";
    }
}
