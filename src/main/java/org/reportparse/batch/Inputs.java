package org.reportparse.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns INPUT arguments (files, folders, "-") into the documents to convert, in a stable order. */
public final class Inputs {
    private Inputs() {}

    /** One document to convert. */
    public interface Input {
        /** The name reports and errors use: the path as given, or "-" for standard input. */
        String name();

        /** Where the document sits below its folder argument; decides where its output goes. */
        Path relative();

        /** The whole document, or an error when it is larger than maxBytes. */
        byte[] read(long maxBytes) throws IOException;

        /** Last modification time, or null when unknown (standard input). */
        FileTime modified() throws IOException;
    }

    /** A file on disk; root is the folder argument it was found under, or null. */
    public record FileInput(Path path, Path root) implements Input {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public Path relative() {
            if (root != null) {
                return root.relativize(path);
            }
            Path n = path.normalize();
            // A file named by a path that leaves the current folder is placed by its name alone.
            return n.isAbsolute() || n.startsWith("..") ? path.getFileName() : n;
        }

        @Override
        public byte[] read(long maxBytes) throws IOException {
            try {
                if (!Files.isRegularFile(path)) {
                    throw new IOException(Files.isSymbolicLink(path) ? "broken symbolic link" : "not a regular file");
                }
                long size = Files.size(path);
                if (size > maxBytes) {
                    throw new IOException(tooLarge(size, maxBytes));
                }
                return Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new IOException("no such file", e);
            } catch (AccessDeniedException e) {
                throw new IOException("permission denied", e);
            }
        }

        @Override
        public FileTime modified() throws IOException {
            // A dangling link has no time; the read that follows names the problem.
            return Files.isRegularFile(path) ? Files.getLastModifiedTime(path) : null;
        }
    }

    /** Standard input, read once. */
    public record StdinInput() implements Input {
        @Override
        public String name() {
            return "-";
        }

        @Override
        public Path relative() {
            return Path.of("stdin");
        }

        @Override
        public byte[] read(long maxBytes) throws IOException {
            InputStream in = System.in;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new IOException(tooLarge(out.size(), maxBytes));
                }
            }
            return out.toByteArray();
        }

        @Override
        public FileTime modified() {
            return null;
        }
    }

    static String tooLarge(long size, long max) {
        return "file too large (" + Sizes.format(size) + ", limit " + Sizes.format(max) + "; see --max-size)";
    }

    /**
     * The documents found, the arguments that could not be used (one line each), how many files
     * inside folders were passed over as not documents, and whether a folder was given.
     */
    public record Expanded(List<Input> inputs, List<String> errors, int skipped, boolean hadFolder) {}

    /** Files named directly are always taken; files inside folders only when the filter accepts them. */
    public static Expanded expand(List<String> args, InputFilter filter) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int skipped = 0;
        boolean folder = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(new StdinInput());
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                folder = true;
                List<Path> files;
                // Links are not followed, so a dangling link is still listed and fails by name.
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
                }
                for (Path f : files) {
                    if (filter.accepts(p.relativize(f), f)) {
                        inputs.add(new FileInput(f, p));
                    } else {
                        skipped++;
                    }
                }
            } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(arg + ": no such file or directory");
            } else {   // unreadable, a dangling link or a device fails when read, by name
                inputs.add(new FileInput(p, null));
            }
        }
        return new Expanded(inputs, errors, skipped, folder);
    }
}
