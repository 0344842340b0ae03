package org.reportparse.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides which files found inside folders are documents to convert: by --include/--exclude
 * globs when given, else by the extension and media-type lists in documents.txt. Hidden files
 * (a leading dot, such as unfinished ".x.json.part" outputs) are never taken.
 */
public final class InputFilter {
    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final Set<String> extensions = new HashSet<>();
    private final Set<String> mediaTypes = new HashSet<>();

    /** A glob with a slash matches the path below the folder argument; without one, the file name. */
    private record Glob(PathMatcher matcher, boolean wholePath) {
        static Glob of(String glob) {
            return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.contains("/"));
        }

        boolean matches(Path relative) {
            return matcher.matches(wholePath ? relative : relative.getFileName());
        }
    }

    public InputFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
        try (InputStream in = InputFilter.class.getResourceAsStream("documents.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.startsWith(".")) {
                    extensions.add(line);
                } else if (line.contains("/") && !line.startsWith("#")) {
                    mediaTypes.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputFilter defaults() {
        return new InputFilter(List.of(), List.of());
    }

    /** @param relative the file's path below its folder argument; file its path on disk */
    public boolean accepts(Path relative, Path file) {
        String name = relative.getFileName().toString();
        if (name.startsWith(".") || excludes.stream().anyMatch(g -> g.matches(relative))) {
            return false;
        }
        if (!includes.isEmpty()) {
            return includes.stream().anyMatch(g -> g.matches(relative));
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            return extensions.contains(name.substring(dot).toLowerCase(Locale.ROOT));
        }
        return mediaTypes.contains(sniff(file));
    }

    /** The media type of a file without an extension, from its first bytes; unreadable files are kept so they fail by name. */
    private static String sniff(Path file) {
        if (!Files.isRegularFile(file)) {
            return "text/plain";
        }
        try (InputStream in = TikaInputStream.get(file)) {
            return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            return "text/plain";
        }
    }
}
