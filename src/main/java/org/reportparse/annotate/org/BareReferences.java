package org.reportparse.annotate.org;

import java.util.List;
import java.util.Set;
import org.reportparse.annotate.Span;

/**
 * "La Secretaría convocó a 90 emprendedores", "The Ministry organized ...": a clause that opens on a
 * body's head word alone (an article, the head word, then a word in lower case) names the one
 * organization of the document whose name opens on that head word ("Secretaría de Desarrollo
 * Económico", named in the report's header or another activity), when the document names exactly one.
 */
final class BareReferences {
    private static final Set<String> ARTICLES = Set.of("The", "the", "La", "la", "El", "el");

    private final MentionFinder finder;
    private final Lexicon lex;

    BareReferences(MentionFinder finder, Lexicon lex) {
        this.finder = finder;
        this.lex = lex;
    }

    /** The head word's span when the clause opens on "article Head lower-case-word", else null (read by characters). */
    Span openingHead(String text, Span clause) {
        List<Words.Word> first = Words.of(text, clause.start(), Math.min(clause.end(), clause.start() + 40));
        if (first.size() < 3 || !ARTICLES.contains(first.get(0).raw())) {
            return null;
        }
        Words.Word head = first.get(1);
        String next = first.get(2).raw();
        boolean bare = Character.isUpperCase(head.raw().charAt(0)) && lex.head(head.raw()) != null
                && Character.isLowerCase(next.charAt(0)) && !CONNECTORS.contains(next)
                && text.substring(head.end(), first.get(2).start()).equals(" ");
        return bare ? new Span(head.start(), head.end()) : null;
    }

    /** Words that carry a name on after its head ("the Ministry of Health", "la Secretaría de ..."). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "del", "para", "and", "y", "e");

    /** The document's one organization whose name opens on the head word, or null: none, or several. */
    OrgMention resolve(String text, String head) {
        OrgMention found = null;
        for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at)) {
            int ls = text.lastIndexOf('\n', at) + 1;
            int le = text.indexOf('\n', at);
            le = le < 0 ? text.length() : le;
            // each line holding the word is read once, for all the names in it
            for (OrgMention m : finder.find(text, new Span(ls, le), MentionFinder.Mode.RULES, MentionFinder.NO_DEFINITIONS)) {
                if (!m.text().startsWith(head + " ") || m.name().indexOf(' ') < 0) {
                    continue;
                }
                if (found != null && !found.key().equals(m.key())) {
                    return null; // two bodies under one head word: the bare one is neither for sure
                }
                found = found == null ? m : found;
            }
            at = le;
        }
        return found;
    }
}
