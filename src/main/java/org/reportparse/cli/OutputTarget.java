package org.reportparse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether -o names a folder for one output per input, or a single file for one stream. */
final class OutputTarget {
    private OutputTarget() {}

    static boolean isFolder(String name, boolean batch) {
        if (name.endsWith("/") || name.endsWith(java.io.File.separator) || Files.isDirectory(Path.of(name))) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean streamFile = lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".csv");
        return batch && !streamFile;
    }
}
