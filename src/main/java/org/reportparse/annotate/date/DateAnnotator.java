package org.reportparse.annotate.date;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds date expressions in text with one grammar ({@link DateGrammar}) and per-language word
 * lists (resources {@code common.tsv}, {@code en.tsv}, {@code es.tsv}). Thread-safe; each
 * language's lexicon is loaded once.
 */
public final class DateAnnotator {
    private static final DateAnnotator INSTANCE = new DateAnnotator();
    private record Language(Tokenizer tokenizer, DateGrammar grammar, Lexicon lexicon) {}

    private final Map<String, Language> languages = new ConcurrentHashMap<>();

    public static DateAnnotator shared() {
        return INSTANCE;
    }

    /** Languages with word lists here; a region that reads as no date in its document's language is tried in the others. */
    private static final List<String> SHIPPED = List.of("en", "es");

    /**
     * Date mentions within text[from, to), in text order, without overlaps. Reports mix languages
     * ("Fecha: del 3 al 5 de marzo" in an English report), so when the document's language finds
     * no date with a month in the region, the other shipped languages are tried.
     */
    public List<DateMention> find(String text, int from, int to, String language) {
        List<DateMention> found = parse(text, from, to, language);
        if (found.stream().anyMatch(DateAnnotator::hasMonth) || !hasDigit(text, from, to)) {
            return found;
        }
        String primary = language == null ? "en" : language;
        for (String other : SHIPPED) {
            if (!other.equals(primary)) {
                List<DateMention> alt = parseNamingMonth(text, from, to, other);
                if (alt != null) {
                    return alt;
                }
            }
        }
        return found;
    }

    private List<DateMention> parse(String text, int from, int to, String language) {
        Language lang = language(language);
        return lang.grammar().parse(lang.tokenizer().tokenize(text, from, to));
    }

    /** The mentions in the language when one of them has a month, else null; most regions are rejected unparsed. */
    private List<DateMention> parseNamingMonth(String text, int from, int to, String language) {
        Language lang = language(language);
        List<Token> tokens = lang.tokenizer().tokenize(text, from, to);
        if (!lang.grammar().mayNameMonth(tokens)) {
            return null;
        }
        List<DateMention> found = lang.grammar().parse(tokens);
        return found.stream().anyMatch(DateAnnotator::hasMonth) ? found : null;
    }

    private static boolean hasMonth(DateMention d) {
        return d.start().month() != null;
    }

    /** Relative words aside, every date names a day or a year in digits: a region without digits is not retried. */
    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word lists of a language ("en" when it has none), for the date field's cues. */
    Lexicon lexicon(String language) {
        return language(language).lexicon();
    }

    private Language language(String code) {
        return languages.computeIfAbsent(code == null ? "en" : code, k -> {
            Lexicon lex = Lexicon.load(Lexicon.exists(k) ? k : "en");
            return new Language(new Tokenizer(lex.words("ordsuffix")), new DateGrammar(lex), lex);
        });
    }
}
