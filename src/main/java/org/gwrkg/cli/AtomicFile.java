package org.gwrkg.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either the old one or the complete new one: the bytes go to a
 * temporary file in the same directory (same file system, so the move is a rename), which then
 * replaces the target. An interrupted or failed write never leaves half a file behind.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    static void write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException(target + ": cannot write, directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UserException(target + ": is a directory; give a file name for -o");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException(target + ": cannot write (" + e + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: the target is already decided; a stray temp file is harmless.
                }
            }
        }
    }
}
