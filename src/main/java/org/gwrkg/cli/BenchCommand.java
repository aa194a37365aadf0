package org.gwrkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gwrkg bench}: the commands that measure gwrkg at corpus scale. It only groups them; each
 * subcommand does one job.
 *
 * <pre>{@code
 * java -jar target/gwrkg.jar bench corpus --reports 1000 -o bench-corpus
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure gwrkg at corpus scale.",
        subcommands = {BenchCorpusCommand.class, BenchRunCommand.class})
final class BenchCommand extends BaseCommand implements Runnable {

    @Override
    public void run() {
        // No subcommand given: say which there are rather than do nothing.
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is needed: " + String.join(", ", spec.subcommands().keySet()));
    }
}
