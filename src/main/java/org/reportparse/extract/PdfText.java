package org.reportparse.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of a PDF as plain text with its lines, from the pages and paragraphs {@link PdfLayout} reads
 * (a tab between a table's cells), so that {@link PlainTextLayout} finds its titles, bullets, tables and
 * hard-wrapped paragraphs as it does in a text file. Page furniture is dropped: a page number, and a
 * running header or footer (the same first or last paragraph on most pages); a paragraph cut by a page
 * break is joined again, and so is a word hyphenated at a line end ({@link LineEndHyphens}).
 */
final class PdfText {
    /** "3", "Page 3", "- 3 -", "3 of 12", "Página 3 de 12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:page|p[aá]gina|p\\.)?\\s*[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*(?:(?:of|de|/)\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    /** Runs of spaces inside a line; a tab is a column break and stays. */
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\f\\x0B]+");
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.!?:;][\"”’')]?$");

    private final List<List<String>> pages = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();

    /** A new page begins. */
    void page() {
        flush();
        pages.add(new ArrayList<>());
    }

    /** A paragraph of the current page: its lines separated by newlines. */
    void paragraph(String text) {
        flush();
        paragraph.append(text);
        flush();
    }

    /** Ends the paragraph being read: its lines without extra spaces, blank lines inside it kept as one. */
    private void flush() {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder clean = new StringBuilder();
        for (String line : paragraph.toString().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                clean.append(l).append('\n');
            } else if (!clean.isEmpty() && clean.charAt(clean.length() - 1) == '\n'
                    && (clean.length() < 2 || clean.charAt(clean.length() - 2) != '\n')) {
                clean.append('\n');
            }
        }
        paragraph.setLength(0);
        String p = LineEndHyphens.join(List.of(clean.toString().strip().split("\n", -1)));
        if (!p.isEmpty()) {
            if (pages.isEmpty()) {
                pages.add(new ArrayList<>());
            }
            pages.get(pages.size() - 1).add(p);
        }
    }

    /** The document's text: paragraphs separated by blank lines, without page furniture. */
    String text() {
        flush();
        Map<String, Integer> edges = new HashMap<>();
        for (List<String> page : pages) {
            if (!page.isEmpty()) {
                edges.merge(key(page.get(0)), 1, Integer::sum);
                if (page.size() > 1) {
                    edges.merge(key(page.get(page.size() - 1)), 1, Integer::sum);
                }
            }
        }
        int running = Math.max(2, (pages.size() + 1) / 2); // a header or footer on at least half the pages
        StringBuilder out = new StringBuilder();
        boolean open = false; // the last paragraph written may go on on the next page
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page);
            while (!kept.isEmpty() && furniture(kept.get(0), edges, running)) {
                kept.remove(0);
            }
            while (!kept.isEmpty() && furniture(kept.get(kept.size() - 1), edges, running)) {
                kept.remove(kept.size() - 1);
            }
            for (int i = 0; i < kept.size(); i++) {
                String p = kept.get(i);
                if (!out.isEmpty() && i == 0 && open && Character.isLowerCase(p.charAt(0))) {
                    // "... the border\n[page break]\npolice of Cambodia": one paragraph across the break
                    LineEndHyphens.appendLine(out, p);
                } else {
                    out.append(out.isEmpty() ? "" : "\n\n").append(p);
                }
            }
            if (!kept.isEmpty()) {
                open = !PARAGRAPH_END.matcher(kept.get(kept.size() - 1)).find();
            }
        }
        return out.toString();
    }

    private static boolean furniture(String paragraph, Map<String, Integer> edges, int running) {
        return PAGE_NUMBER.matcher(paragraph).matches() || edges.getOrDefault(key(paragraph), 0) >= running;
    }

    /** A header or footer compared without its numbers ("Annual Report 2018 | 3" on every page). */
    private static String key(String paragraph) {
        return paragraph.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }
}
