package org.gwrkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --debug}, and output through picocli's writers rather than
 * {@code System.out}, so that tests running commands in-process can capture what they print.
 */
abstract class BaseCommand {

    // Read by ErrorHandler from the raw arguments (it runs where the field may not be set yet);
    // declared here so that picocli accepts the option on every command.
    @Option(names = "--debug", description = "On an internal error, print the stack trace too; serve also prints when each start-up step ended.")
    boolean debug;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
