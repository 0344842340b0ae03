package org.reportparse.segment;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field labels ("Place:", "Fecha:", "No. of participants") mapped to canonical keys, from
 * labels.tsv. Recognizes a label at the start of a line ("Venue: Panama City") and a label that
 * fills a whole table cell (form rows, column headers).
 */
public final class Labels {
    /** "Label: value", also with Markdown emphasis ("**Dates:** 12 April"). */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^\\s*[*_]{0,2}([\\p{L}][\\p{L}\\p{N} ./()’'º°-]{0,60}?)\\s*(?::[*_]{1,2}|[*_]{0,2}:)\\s*(\\S.*)?$",
            Pattern.DOTALL);

    private final Map<String, String> keyByLabel = new HashMap<>();

    public static Labels load() {
        Labels labels = new Labels();
        for (String[] row : Resources.tsv("labels.tsv")) {
            labels.keyByLabel.put(normalize(row[1]), row[0]);
        }
        return labels;
    }

    /** A label at the start of a line: key, and where the value starts (offset in the line). */
    public record LineLabel(String key, String label, int valueStart) {}

    public Optional<LineLabel> atLineStart(String line) {
        Optional<LineLabel> published = publication(line);
        if (published.isPresent()) {
            return published;
        }
        Optional<LineLabel> tabbed = beforeTab(line);
        if (tabbed.isPresent()) {
            return tabbed;
        }
        if (line.indexOf(':') < 0) {
            return Optional.empty(); // most lines have no colon: the regex would fail after trying every label length
        }
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String key = keyOf(m.group(1));
        if (key == null) {
            return Optional.empty();
        }
        int valueStart = m.group(2) == null ? line.length() : m.start(2);
        return Optional.of(new LineLabel(key, m.group(1).strip(), valueStart));
    }

    /** "Venue<TAB>Niamey, Niger": a form's row pasted as text, a known label before the first tab. */
    private Optional<LineLabel> beforeTab(String line) {
        int tab = line.indexOf('\t');
        if (tab <= 0 || tab > 64) {
            return Optional.empty();
        }
        String label = line.substring(0, tab).strip();
        String key = label.isEmpty() ? null : keyOf(CLOSING_COLON.matcher(label).replaceFirst(""));
        if (key == null) {
            return Optional.empty();
        }
        int valueStart = tab;
        while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
            valueStart++;
        }
        int next = line.indexOf('\t', valueStart);
        if (keyOf(line.substring(valueStart, next < 0 ? line.length() : next).strip()) != null) {
            return Optional.empty(); // "Title<TAB>Date<TAB>Venue": a table's header row
        }
        return Optional.of(new LineLabel(key, label, valueStart));
    }

    /** Leads of a line dating a page or news item (publication-leads.tsv), longest first. */
    private static final List<String> PUBLICATION_LEADS = Resources.foldedWords("publication-leads.tsv").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** "Posted on 14 May 2018 by Communications Team": the page's date, an ignored label, never an activity's date line. */
    private static Optional<LineLabel> publication(String line) {
        String t = line.strip();
        if (t.length() > 100 || t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String folded = Resources.fold(t);
        for (String lead : PUBLICATION_LEADS) {
            if (folded.startsWith(lead) && folded.length() > lead.length() && !Character.isLetter(folded.charAt(lead.length()))) {
                int at = line.indexOf(t) + lead.length();
                while (at < line.length() && (Character.isWhitespace(line.charAt(at)) || line.charAt(at) == ':')) {
                    at++;
                }
                return Optional.of(new LineLabel("ignore", t.substring(0, lead.length()), at));
            }
        }
        return Optional.empty();
    }

    /** The key of a cell whose whole text is a label ("Venue", "Date(s)", "Title of the activity:"). */
    public Optional<String> ofCell(String cell) {
        return Optional.ofNullable(keyOf(cell));
    }

    /** A label's key, also with a note in brackets after it: "No. of participants (M/F)", "Fecha (dd/mm/aaaa)". */
    private String keyOf(String label) {
        String n = normalize(label);
        String key = keyByLabel.get(n);
        int open = n.lastIndexOf(" (");
        if (key == null && open > 0 && n.endsWith(")")) {
            key = keyByLabel.get(n.substring(0, open).strip());
        }
        return key;
    }

    /** A label's closing colon, and runs of white space; compiled once (String.replaceAll compiled both per label, 420 times at load). */
    private static final Pattern CLOSING_COLON = Pattern.compile("[:：]\\s*$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static String normalize(String label) {
        String s = Resources.fold(label).strip();
        s = CLOSING_COLON.matcher(s).replaceAll("").replace("(s)", "");
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }
}
