package org.reportparse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportparse.extract.ExtractionException;
import org.reportparse.model.Report;

/** Shared fixtures: one loaded pipeline per test JVM (loading models is the expensive part). */
public final class TestSupport {
    private static Pipeline pipeline;

    private TestSupport() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load();
        }
        return pipeline;
    }

    /** A file under samples/ (tests run from the project root). */
    public static Path sample(String name) {
        return Path.of("samples", name);
    }

    public static Report run(Path file) {
        try {
            return pipeline().process(Files.readAllBytes(file), file.toString(), Pipeline.Options.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }
}
