package org.reportparse.extract;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DOCX's footnotes, endnotes, comments and page footers. Tika's streaming DOCX extractor writes them
 * after the body, where they read as the last activity's prose (a footnote's funder became its partner,
 * a footer's address its organizer). Their paragraphs are read from the package's own parts, and the
 * blocks they gave at the end of the document are cut off. Headers stay: written before the body, they
 * often name the report and its period.
 */
final class DocxNotes {
    private static final Pattern PART = Pattern.compile("word/(?:footnotes|endnotes|comments|footer\\d*)\\.xml");
    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);
    private static final Pattern TEXT_OR_TAB = Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>|<w:tab/>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DocxNotes() {}

    /** Whether a package entry is a part whose text Tika writes after the body. */
    static boolean isNotePart(String entryName) {
        return PART.matcher(entryName).matches();
    }

    /** The paragraphs of these parts' XML, with spaces collapsed; blank ones left out. */
    static Set<String> paragraphs(List<byte[]> parts) {
        Set<String> out = new HashSet<>();
        for (byte[] part : parts) {
            Matcher p = PARAGRAPH.matcher(new String(part, StandardCharsets.UTF_8));
            while (p.find()) {
                StringBuilder sb = new StringBuilder();
                Matcher t = TEXT_OR_TAB.matcher(p.group());
                while (t.find()) {
                    sb.append(t.group(1) != null ? unescape(t.group(1)) : " ");
                }
                String s = collapse(sb);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** How many of the blocks to keep: those before the run of note paragraphs that ends the document. */
    static int bodyBlocks(String text, List<Block> blocks, Set<String> notes) {
        int keep = blocks.size();
        while (keep > 0 && notes.contains(collapse(blocks.get(keep - 1).span().of(text)))) {
            keep--;
        }
        return keep;
    }

    private static String collapse(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String unescape(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
