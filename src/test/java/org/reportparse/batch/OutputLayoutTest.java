package org.reportparse.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportparse.batch.Inputs.Input;

class OutputLayoutTest {
    @TempDir
    Path tmp;

    /** An input whose relative path is whatever a hostile or odd name makes it. */
    private record Named(String rel) implements Input {
        public String name() {
            return rel;
        }

        public Path relative() {
            return Path.of(rel);
        }

        public byte[] read(long max) {
            return new byte[0];
        }

        public FileTime modified() {
            return FileTime.fromMillis(0);
        }
    }

    private Path target(String rel, String... others) throws IOException {
        List<Input> all = new java.util.ArrayList<>(List.of(new Named(rel)));
        for (String o : others) {
            all.add(new Named(o));
        }
        return new OutputLayout(tmp.resolve("out"), "json", all).target(all.get(0));
    }

    @Test
    void mirrorsThePathBelowTheFolderWithTheFormatsExtension() throws IOException {
        assertThat(target("a/b/report.docx")).isEqualTo(tmp.resolve("out/a/b/report.json"));
        assertThat(target("notes")).isEqualTo(tmp.resolve("out/notes.json"));
    }

    @Test
    void inputsThatWouldShareAnOutputKeepTheirOwnExtension() throws IOException {
        assertThat(target("a/report.txt", "a/report.docx")).isEqualTo(tmp.resolve("out/a/report.txt.json"));
        assertThat(target("a/report.txt", "b/report.docx")).isEqualTo(tmp.resolve("out/a/report.json"));
    }

    @Test
    void noNameCanPlaceAFileOutsideTheFolder() {
        for (String evil : List.of("../evil.txt", "../../etc/evil.txt", "a/../../evil.txt", "/tmp/evil.txt", "..")) {
            assertThatThrownBy(() -> target(evil)).as(evil).isInstanceOf(IOException.class)
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void aSymbolicLinkInsideTheFolderCannotLeadOutOfIt() throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("out/a"), tmp.resolve("elsewhere"));
        assertThatThrownBy(() -> target("a/report.txt")).hasMessageContaining("symbolic link");
    }
}
