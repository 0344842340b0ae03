package org.reportparse.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportparse.batch.Inputs.Input;

/**
 * Where each input's output file goes under the output folder: its path below the folder
 * argument with the format's extension ("a/b/report.docx" -> "OUT/a/b/report.json"). Inputs
 * that would share an output ("report.txt" and "report.docx") keep their own extension
 * ("report.txt.json"). No input name, however crafted, can place a file outside the folder.
 */
public final class OutputLayout {
    private final Path root;
    private final String extension;
    private final Map<Path, Integer> uses = new HashMap<>();

    public OutputLayout(Path root, String extension, List<? extends Input> inputs) {
        this.root = root.toAbsolutePath().normalize();
        this.extension = extension;
        for (Input in : inputs) {
            uses.merge(stem(in.relative(), false), 1, Integer::sum);
        }
    }

    public Path root() {
        return root;
    }

    /** The output path for an input, or an IOException naming why it would fall outside the folder. */
    public Path target(Input input) throws IOException {
        Path relative = input.relative();
        boolean shared = uses.getOrDefault(stem(relative, false), 0) > 1;
        Path target = root.resolve(stem(relative, shared).toString() + "." + extension).normalize();
        boolean climbs = false;
        for (Path part : relative) {
            climbs |= part.toString().equals("..");
        }
        if (climbs || relative.isAbsolute() || !target.startsWith(root) || target.equals(root)) {
            throw new IOException("output path would fall outside " + root);
        }
        requireNoLinkOut(target);
        return target;
    }

    /** True when the output exists and is not older than the input (--skip-existing). */
    public boolean upToDate(Input input) throws IOException {
        Path target = target(input);
        FileTime source = input.modified();
        return source != null && Files.isRegularFile(target)
                && Files.getLastModifiedTime(target).compareTo(source) >= 0;
    }

    /** The path without its extension (or with it, when two inputs would otherwise collide). */
    private static Path stem(Path relative, boolean keepExtension) {
        String name = relative.getFileName() == null ? "stdin" : relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = keepExtension || dot <= 0 ? name : name.substring(0, dot);
        Path parent = relative.getParent();
        return parent == null ? Path.of(base) : parent.resolve(base);
    }

    /** A symbolic link inside the output folder must not lead the write elsewhere. */
    private void requireNoLinkOut(Path target) throws IOException {
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && existing.startsWith(root) && Files.exists(root)
                && !existing.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("output path would fall outside " + root + " (through a symbolic link)");
        }
    }
}
