package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The size of a store directory. TDB2 makes its index files sparse, 8 MB each to begin with, so the
 * sum of file lengths ({@code apparentBytes}) says little; the blocks they take on disk
 * ({@code allocatedBytes}, from {@code du -sk}) are what a store costs. Java has no portable way
 * to read allocated blocks, so where {@code du} is missing that one is null.
 *
 * @param allocatedBytes bytes the files occupy on disk, or null where unknown
 * @param apparentBytes  the sum of the files' lengths
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiskSize(Long allocatedBytes, long apparentBytes) {

    /** The bytes on disk where known, else the apparent ones. */
    @JsonIgnore
    public long bytes() {
        return allocatedBytes != null ? allocatedBytes : apparentBytes;
    }

    /** The size of {@code dir} now. */
    static DiskSize of(Path dir) {
        return new DiskSize(allocated(dir), apparent(dir));
    }

    private static long apparent(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long allocated(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = du.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!du.waitFor(30, TimeUnit.SECONDS) || du.exitValue() != 0) {
                return null;
            }
            return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
