package org.reportparse.annotate.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportparse.annotate.Sentences;
import org.reportparse.annotate.Span;

/**
 * Acronyms a document defines, "Long Name (ACR)" or "ACR (Long Name)": each maps to the mention
 * that carries the full name, so a later bare "ACR" gets that name; the first definition in the
 * document wins. Read per acronym when first asked for: only a paragraph with a parenthesis that
 * contains the acronym can define it, and reading a paragraph (every rule) for the whole document up
 * front was a quarter of the partners' time. One per document; not thread-safe.
 */
final class Definitions implements Function<String, OrgMention> {
    /** Quotes that may stand between a name and its parenthesis (see MentionFinder.PAREN_GAP). */
    private static final String QUOTES = "\"“”’";

    private final String text;
    private final Function<Span, List<OrgMention>> mentions;
    /** Paragraphs holding a '(' (a definition never crosses a blank line), found on first use. */
    private List<Span> paragraphs;
    /** The definitions each paragraph read so far gives, by index in paragraphs. */
    private final Map<Integer, Map<String, OrgMention>> read = new HashMap<>();
    private final Map<String, OrgMention> answers = new HashMap<>();

    /** @param mentions the mentions in a paragraph, as the rules find them with no acronym defined */
    Definitions(String text, Function<Span, List<OrgMention>> mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /** The mention carrying the full name of the acronym the document defines as written here, or null. */
    @Override
    public OrgMention apply(String acronym) {
        if (!MentionFinder.isAcronymBase(acronym)) {
            return null; // a definition's key is always an acronym's base
        }
        if (!answers.containsKey(acronym)) {
            answers.put(acronym, firstDefinition(acronym));
        }
        return answers.get(acronym);
    }

    /**
     * The first definition, in document order: only a paragraph with a parenthesis where the acronym
     * is written in a defining position can hold it.
     */
    private OrgMention firstDefinition(String acronym) {
        for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
            int p = mayBeDefined(at, at + acronym.length()) ? paragraphAt(at, at + acronym.length()) : -1;
            if (p >= 0) {
                OrgMention d = definitionsIn(p).get(acronym);
                if (d != null) {
                    return d;
                }
                at = paragraphs().get(p).end() - 1; // the paragraph is read: go on after it
            }
        }
        return null;
    }

    /** The index in paragraphs() of the one holding text[start, end), or -1. */
    private int paragraphAt(int start, int end) {
        List<Span> ps = paragraphs();
        int lo = 0;
        int hi = ps.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span p = ps.get(mid);
            if (p.end() < end) {
                lo = mid + 1;
            } else if (p.start() > start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Whether the acronym written at text[start, end) may be a definition's: in "(ACR" (a mention in
     * parentheses starts there), or before "(" or "-" ("ACR (Long Name)", "ACR-Bolivia (...)").
     * Spaces and quotes are skipped more widely than {@link MentionFinder#parenthesized} does.
     */
    private boolean mayBeDefined(int start, int end) {
        int before = start - 1;
        while (before >= 0 && isSpace(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && (isSpace(text.charAt(after)) || QUOTES.indexOf(text.charAt(after)) >= 0)) {
            after++;
        }
        return before >= 0 && text.charAt(before) == '('
                || end < text.length() && text.charAt(end) == '-'
                || after < text.length() && text.charAt(after) == '(';
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    private List<Span> paragraphs() {
        if (paragraphs == null) {
            paragraphs = new ArrayList<>();
            if (text.indexOf('(') >= 0) {
                for (Span paragraph : Sentences.paragraphs(text, new Span(0, text.length()))) {
                    int open = text.indexOf('(', paragraph.start());
                    if (open >= 0 && open < paragraph.end()) {
                        paragraphs.add(paragraph);
                    }
                }
            }
        }
        return paragraphs;
    }

    private Map<String, OrgMention> definitionsIn(int p) {
        return read.computeIfAbsent(p, i -> {
            Map<String, OrgMention> defs = new HashMap<>();
            MentionFinder.addDefinitions(text, mentions.apply(paragraphs.get(i)), defs);
            return defs;
        });
    }
}
