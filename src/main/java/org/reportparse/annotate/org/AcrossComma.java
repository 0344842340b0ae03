package org.reportparse.annotate.org;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportparse.annotate.Span;

/**
 * "Associação Mulher, Lei e Desenvolvimento (MULEIDE)": a name with a comma inside, read as two
 * names, is one when the acronym after it is spelled by the words of both, from a word before the
 * comma on (each word giving the first letters of itself, as syllabic acronyms take them). A list
 * ("Ministry of Health, Ministry of Education (MOE)") does not join: its acronym spells the last name.
 */
final class AcrossComma {
    /** Words an acronym may or may not take a letter from. */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "the", "for", "and", "on", "in", "to", "de", "del", "la", "las", "los", "el", "y", "e", "para", "da", "do", "dos", "das");

    private AcrossComma() {}

    /** The mentions (in text order) with each such pair joined into one named by its words. */
    static void join(String text, List<OrgMention> ms) {
        for (int i = 0; i + 2 < ms.size(); i++) {
            OrgMention a = ms.get(i);
            OrgMention b = ms.get(i + 1);
            OrgMention acr = ms.get(i + 2);
            if (b.span().start() != a.span().end() + 2 || text.charAt(a.span().end()) != ',' || text.charAt(a.span().end() + 1) != ' '
                    || !MentionFinder.isAcronym(acr.text()) || MentionFinder.isAcronym(a.text()) || MentionFinder.isAcronym(b.text())
                    || !MentionFinder.parenthesized(text, b, acr)) {
                continue;
            }
            String letters = MentionFinder.base(acr.text());
            List<Words.Word> bWords = Words.of(text, b.span().start(), b.span().end());
            if (spelledFrom(bWords, 0, letters)) {
                continue; // the name after the comma spells it alone: a list's last item
            }
            List<Words.Word> words = Words.of(text, a.span().start(), b.span().end());
            int inA = words.size() - bWords.size();
            for (int k = 0; k < inA; k++) {
                if (spelledFrom(words, k, letters)) {
                    Span s = new Span(a.span().start(), b.span().end());
                    String written = s.of(text);
                    ms.set(i, new OrgMention(s, written, Names.clean(written.replaceAll("\\s+", " ")), null, OrgMention.Source.RULE));
                    ms.remove(i + 1);
                    break;
                }
            }
        }
    }

    /** Whether the letters are the words' first letters from words[from] to the last, each word giving one or more. */
    static boolean spelledFrom(List<Words.Word> words, int from, String letters) {
        return spells(words, from, letters.toUpperCase(Locale.ROOT), 0);
    }

    private static boolean spells(List<Words.Word> words, int w, String letters, int l) {
        if (w == words.size()) {
            return l == letters.length();
        }
        String word = words.get(w).raw().toUpperCase(Locale.ROOT);
        if (CONNECTORS.contains(words.get(w).raw()) && spells(words, w + 1, letters, l)) {
            return true;
        }
        for (int n = 1; n <= word.length() && l + n <= letters.length() && word.charAt(n - 1) == letters.charAt(l + n - 1); n++) {
            if (spells(words, w + 1, letters, l + n)) {
                return true;
            }
        }
        return false;
    }
}
