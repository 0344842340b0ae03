package org.reportparse.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** --errors FILE: one JSON object per failed input, {"path": ..., "reason": ...}, written atomically at the end. */
public final class ErrorLog implements AutoCloseable {
    private final AtomicFile file;
    private final JsonGenerator json;

    public ErrorLog(Path path) throws IOException {
        this.file = AtomicFile.create(path);
        this.json = new JsonFactory().createGenerator(file.writer());
        this.json.setRootValueSeparator(null);
    }

    public void add(String path, String reason) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", path);
        json.writeStringField("reason", reason);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    public void commit() throws IOException {
        json.flush();
        file.commit();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
