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

    /** Date mentions within text[from, to), in text order, without overlaps. */
    public List<DateMention> find(String text, int from, int to, String language) {
        Language lang = language(language);
        return lang.grammar().parse(lang.tokenizer().tokenize(text, from, to));
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
