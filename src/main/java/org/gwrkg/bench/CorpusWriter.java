package org.gwrkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gwrkg.read.Regions;

/**
 * Writes a generated corpus into a directory: one UTF-8 file per report and {@code corpus.json}.
 * Everything goes into a temporary directory beside the target first, which is then renamed into
 * place, so an interrupted run leaves no half corpus under the target's name (at most a hidden
 * {@code .NAME.tmp-…} directory beside it). Reports are made and written on all cores; the files
 * are the same as from one thread.
 *
 * <pre>{@code
 * CorpusManifest m = new CorpusWriter().write(CorpusGenerator.builder().reports(100).build(), Path.of("corpus"));
 * }</pre>
 */
public final class CorpusWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes the corpus to {@code dir}, replacing the directory if it exists (the caller decides
     * whether it may).
     *
     * @return the manifest written
     * @throws UncheckedIOException when a file cannot be written; nothing is left at {@code dir} then
     *                              but what was there before
     */
    public CorpusManifest write(CorpusGenerator generator, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            CorpusManifest manifest = fill(generator, tmp);
            JSON.writeValue(tmp.resolve(CorpusManifest.FILE).toFile(), manifest);
            replace(tmp, target);
            tmp = null;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static CorpusManifest fill(CorpusGenerator g, Path dir) {
        CorpusManifest.Entry[] entries = new CorpusManifest.Entry[g.reports()];
        Regions regions = Regions.standard();
        IntStream.range(0, g.reports()).parallel().forEach(i -> {
            GeneratedReport r = g.generate(i);
            try {
                Files.writeString(dir.resolve(r.fileName()), r.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int level = regions.byCode(r.regionCode()).orElseThrow().level();
            entries[i] = new CorpusManifest.Entry(r.fileName(), r.regionCode(), r.region(), level, r.year(), r.chars(),
                    r.figures().size(), r.projects().size(), r.companies().size());
        });
        List<CorpusManifest.Entry> files = List.of(entries);
        long chars = files.stream().mapToLong(CorpusManifest.Entry::chars).sum();
        long figures = files.stream().mapToLong(CorpusManifest.Entry::figures).sum();
        return new CorpusManifest("gwrkg bench corpus", g.seed(), g.reports(), g.minChars(), g.maxChars(),
                g.lengthDistribution(), g.firstYear(), g.lastYear(), g.regionsAvailable(), chars, figures, files);
    }

    /** Puts {@code tmp} where {@code target} is, moving an old target aside first and deleting it after. */
    private static void replace(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + tmp.getFileName().toString().replaceAll(".*tmp-", ""));
            move(target, old);
        }
        move(tmp, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a stray hidden temporary directory beside the corpus is harmless.
        }
    }
}
