package org.reportparse.annotate.attendance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reportparse.model.AttendanceValue;

/**
 * Measures attendance accuracy on a gold directory (shared/devset) without the segmenter: each
 * gold activity's section runs from its title to the next title; "Participants:"-style lines and
 * the Participants column of a markdown table become participants labels. Not a unit test; run:
 * {@code java -cp target/classes:target/test-classes:<deps> org.reportparse.annotate.attendance.DevsetAttendanceReport DIR}
 */
public final class DevsetAttendanceReport {
    private static final Pattern LABEL = Pattern.compile(
            "^[\\s*\\-·•|]*(?:\\*\\*)?([\\p{L} .()/]{2,40}?)(?:\\*\\*)?\\s*[:|]\\s*(?:\\*\\*)?\\s*(.*?)\\s*\\|?\\s*$");
    private static final Pattern PARTICIPANT_LABEL = Pattern.compile(
            "(?i).*(participants|participantes|asistentes).*");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/devset");
        long loadStart = System.nanoTime();
        AttendanceField field = AttendanceField.load();
        AttendanceAnnotator.shared();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long annotateNanos = 0;
        int total = 0;
        int right = 0;
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
            JsonNode g = new ObjectMapper().readTree(gold.toFile());
            String base = gold.getFileName().toString().replace(".gold.json", "");
            Path doc = Files.exists(dir.resolve(base + ".md")) ? dir.resolve(base + ".md") : dir.resolve(base + ".txt");
            String text = Files.readString(doc);
            List<JsonNode> acts = new ArrayList<>();
            g.get("activities").forEach(acts::add);
            List<Integer> starts = new ArrayList<>();
            int from = 0;
            for (JsonNode a : acts) {
                int i = locate(text, a.get("title").asText(), from);
                starts.add(i);
                from = i < 0 ? from : i + 1;
            }
            for (int k = 0; k < acts.size(); k++) {
                JsonNode a = acts.get(k);
                if (a.path("optional").asBoolean(false)) {
                    continue;
                }
                Integer expected = a.get("attendance").isNull() ? null : a.get("attendance").asInt();
                int s = starts.get(k);
                Integer got = null;
                String shown = "(title not found)";
                if (s >= 0) {
                    int e = nextStart(text, starts, k);
                    SectionLayout layout = layoutOf(text.substring(lineStart(text, s), e), g);
                    long t0 = System.nanoTime();
                    AttendanceValue v = field.annotate(layout.build(), layout.context());
                    annotateNanos += System.nanoTime() - t0;
                    got = v == null ? null : v.count();
                    shown = v == null ? "null" : v.count() + " " + v.qualifier() + " \"" + v.text() + "\"";
                }
                total++;
                boolean ok = expected == null ? got == null : expected.equals(got);
                right += ok ? 1 : 0;
                System.out.printf("%s %s | gold %s | got %s%n", ok ? "ok  " : "MISS", base + " / "
                        + a.get("title").asText().substring(0, Math.min(40, a.get("title").asText().length())),
                        expected, shown);
            }
        }
        System.out.printf("attendance exact: %d / %d = %.3f%n", right, total, right / (double) total);
        System.out.printf("load %d ms; annotate %.2f ms per section (first pass, cold JIT)%n", loadMillis,
                annotateNanos / 1e6 / Math.max(1, total));
    }

    private static int locate(String text, String title, int from) {
        for (int len : new int[] {40, 25, 15}) {
            String key = title.substring(0, Math.min(len, title.length()));
            int i = text.indexOf(key, from);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nextStart(String text, List<Integer> starts, int k) {
        for (int j = k + 1; j < starts.size(); j++) {
            if (starts.get(j) > starts.get(k)) {
                return lineStart(text, starts.get(j));
            }
        }
        return text.length();
    }

    private static int lineStart(String text, int i) {
        int nl = text.lastIndexOf('\n', i);
        return nl + 1;
    }

    /** A gold activity's text as a section: table rows and label lines become labels, the rest prose. */
    private static SectionLayout layoutOf(String chunk, JsonNode gold) {
        SectionLayout layout = SectionLayout.section();
        JsonNode report = gold.path("report");
        if (report.has("period_start")) {
            layout.period(report.get("period_start").asText());
        }
        String[] lines = chunk.split("\n");
        String[] cells = lines[0].split("\\|");
        if (lines[0].trim().startsWith("|") && cells.length > 4) {
            // one activity per table row: the devset table's Participants column is the fourth cell
            layout.title(cells[2].trim()).label("participants", "Participants", cells[4].trim());
            return layout;
        }
        // a long first line is a bullet or a press release paragraph, not only a title
        layout.title(lines[0].trim());
        for (int i = lines[0].length() > 120 ? 0 : 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("|---")) {
                continue;
            }
            Matcher m = LABEL.matcher(line);
            if (m.matches() && line.length() < 200) {
                if (PARTICIPANT_LABEL.matcher(m.group(1)).matches()) {
                    layout.label("participants", m.group(1).trim(), m.group(2));
                }
                continue;
            }
            layout.paragraph(line);
        }
        return layout;
    }
}
