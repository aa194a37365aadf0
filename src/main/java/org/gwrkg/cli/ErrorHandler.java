package org.gwrkg.cli;

import java.io.PrintWriter;
import java.net.BindException;
import org.apache.jena.query.QueryParseException;
import org.gwrkg.eval.GoldFileException;
import org.gwrkg.read.ReportException;
import org.gwrkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr, {@code gwrkg: <message>}, and an exit code: 2 for
 * the user's mistakes (bad input, bad options), 3 for bugs. People read the line, scripts read the
 * code; a stack trace helps neither, so it is printed only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // picocli's own handler prints the whole usage; one line and a pointer keeps the error visible.
        err.println("gwrkg: " + oneLine(ex.getMessage()) + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
        if (debug(args)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return Main.EXIT_USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        boolean debug = debug(parseResult.originalArgs().toArray(new String[0]));
        String userMessage = userMessage(ex);
        int code;
        if (userMessage != null) {
            err.println("gwrkg: " + oneLine(userMessage));
            code = Main.EXIT_USAGE;
        } else {
            err.println("gwrkg: internal error: " + oneLine(String.valueOf(ex))
                    + (debug ? "" : " (run with --debug to see where)"));
            code = Main.EXIT_INTERNAL;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The message for the person when {@code ex} is their mistake, null when it is a bug. */
    static String userMessage(Throwable ex) {
        if (ex instanceof ReportException || ex instanceof GoldFileException || ex instanceof UserException
                || ex instanceof StoreException) {
            return ex.getMessage();
        }
        if (ex instanceof QueryParseException q) {
            return "malformed SPARQL query: " + q.getMessage();
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen: " + t.getMessage() + ". Is another server on that port? Pick another with --port";
            }
        }
        return null;
    }

    private static boolean debug(String[] args) {
        for (String a : args) {
            if ("--debug".equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** Messages from Jena's parser and the JDK span lines; the contract is one line. */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
