package org.reportparse.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

        byte[] read() throws IOException;
    }

    /** A file on disk; root is the folder argument it was found under, or null. */
    public record FileInput(Path path, Path root) implements Input {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public byte[] read() throws IOException {
            try {
                return Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new IOException("no such file", e);
            } catch (AccessDeniedException e) {
                throw new IOException("permission denied", e);
            }
        }
    }

    /** Standard input, read once. */
    public record StdinInput() implements Input {
        @Override
        public String name() {
            return "-";
        }

        @Override
        public byte[] read() throws IOException {
            return System.in.readAllBytes();
        }
    }

    /** The documents found, the arguments that could not be used (one line each), and whether a folder was given. */
    public record Expanded(List<Input> inputs, List<String> errors, boolean hadFolder) {}

    public static Expanded expand(List<String> args) throws IOException {
        List<Input> inputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean folder = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                inputs.add(new StdinInput());
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                folder = true;
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).sorted()
                            .forEach(f -> inputs.add(new FileInput(f, p)));
                }
            } else if (!Files.exists(p)) {
                errors.add(arg + ": no such file or directory");
            } else if (!Files.isReadable(p)) {
                errors.add(arg + ": permission denied");
            } else {
                inputs.add(new FileInput(p, null));
            }
        }
        return new Expanded(inputs, errors, folder);
    }
}
