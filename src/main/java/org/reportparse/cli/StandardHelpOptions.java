package org.reportparse.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * -h/--help and -V/--version, as picocli's mixinStandardHelpOptions words them. Added by hand because
 * the mixin is built by reflection on an annotated class, which was half of picocli's remaining start-up.
 */
final class StandardHelpOptions {
    private StandardHelpOptions() {}

    static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).arity("0")
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).arity("0")
                .description("Print version information and exit.").build());
    }
}
