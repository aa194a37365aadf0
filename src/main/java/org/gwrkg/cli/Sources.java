package org.gwrkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.gwrkg.read.ReportMetadata;
import org.gwrkg.store.KnowledgeStore;

/**
 * Where the commands that only read ({@code query}, {@code list}, {@code table}) get their graph:
 * report files extracted into memory (seeds/ by default), or an existing TDB2 store with
 * {@code --store}; never both, so that nobody thinks files were added to the store.
 */
final class Sources {

    private Sources() {
    }

    /**
     * The store to read; close it when done (a TDB2 store stays locked until then).
     *
     * @param storeDir the {@code --store} directory, or null
     * @param files    the report files and directories given, or null
     * @param filesName how the command line names the files, for the message when both are given
     */
    static KnowledgeStore open(Path storeDir, List<Path> files, String filesName) {
        boolean hasFiles = files != null && !files.isEmpty();
        if (storeDir != null) {
            if (hasFiles) {
                throw new UserException("give either --store or " + filesName + ", not both; to add reports to the store use"
                        + " gwrkg load --store " + storeDir + " FILE|DIR...");
            }
            return KnowledgeStore.open(storeDir, false);
        }
        List<Path> paths = hasFiles ? files : List.of(Path.of("seeds"));
        return Reports.extract(paths, ReportMetadata.EMPTY).toStore();
    }
}
