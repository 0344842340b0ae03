package org.reportparse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: `reportparse extract ...`. */
@Command(name = "reportparse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns activity reports (text, DOCX, ...) into structured activity records.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit status (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'reportparse extract FILE'");
    }
}
