package org.reportparse.annotate.date;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final Map<String, Lexicon> lexicons = new ConcurrentHashMap<>();

    public static DateAnnotator shared() {
        return INSTANCE;
    }

    /** Languages with word lists here; a region that reads as no date in its document's language is tried in the others. */
    private static final List<String> SHIPPED = List.of("en", "es");

    /**
     * Date mentions within text[from, to), in text order, without overlaps. Reports mix languages
     * ("Fecha: del 3 al 5 de marzo" in an English report), so when the document's language finds
     * no date with a month in the region, the other shipped languages are tried. The list is
     * read-only.
     */
    public List<DateMention> find(String text, int from, int to, String language) {
        return recent.get().of(text).computeIfAbsent(new Region(from, to, language),
                r -> Collections.unmodifiableList(parse(text, from, to, language)));
    }

    /**
     * The parses of the last document this thread read, by region: the segmenter dates every block,
     * then the date field reads the same titles, date lines and label values again. A region's
     * mentions depend on nothing but its text, which a String cannot change.
     */
    private final ThreadLocal<RecentParses> recent = ThreadLocal.withInitial(RecentParses::new);

    private static final class RecentParses {
        private String text;
        private final Map<Region, List<DateMention>> byRegion = new HashMap<>();

        Map<Region, List<DateMention>> of(String document) {
            if (document != text) { // another document: identity is enough, and cheap
                text = document;
                byRegion.clear();
            }
            return byRegion;
        }
    }

    /** A region of the document read in a language (equals and hashCode written out, as in Span: no record bootstrap). */
    private static final class Region {
        private final int from;
        private final int to;
        private final String language;

        Region(int from, int to, String language) {
            this.from = from;
            this.to = to;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Region r && r.from == from && r.to == to && Objects.equals(r.language, language);
        }

        @Override
        public int hashCode() {
            return (31 * from + to) * 31 + Objects.hashCode(language);
        }
    }

    /** What find returns, parsed in the document's language and, when that finds no month, in the others. */
    private List<DateMention> parse(String text, int from, int to, String language) {
        Language primary = language(language);
        List<Token> tokens = primary.tokenizer().tokenize(text, from, to);
        List<DateMention> found = primary.grammar().parse(tokens);
        if (found.stream().anyMatch(DateAnnotator::hasMonth) || !hasDigit(tokens)) {
            return found;
        }
        String code = language == null ? "en" : language;
        for (String other : SHIPPED) {
            // most regions name no month of the other language either: its grammar rejects them unparsed
            if (!other.equals(code) && language(other).grammar().mayNameMonth(tokens)) {
                List<DateMention> alt = parseIn(text, from, to, other);
                if (alt.stream().anyMatch(DateAnnotator::hasMonth)) {
                    return alt;
                }
            }
        }
        return found;
    }

    private List<DateMention> parseIn(String text, int from, int to, String language) {
        Language lang = language(language);
        return lang.grammar().parse(lang.tokenizer().tokenize(text, from, to));
    }

    private static boolean hasMonth(DateMention d) {
        return d.start().month() != null;
    }

    /**
     * Relative words aside, every date names a day or a year in digits: a region without digits is
     * not retried. The tokens tell: an ASCII digit always starts a number token, any other digit is
     * a sign of its own.
     */
    private static boolean hasDigit(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is(Token.Type.PUNCT) ? Character.isDigit(t.lower().charAt(0)) : !t.is(Token.Type.WORD)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads the word lists of every shipped language now rather than when a document first needs
     * them (almost every document does: a region without a month of its own language is tried in
     * the others), so that Pipeline can load them off the first document's thread.
     */
    public void loadLanguages() {
        SHIPPED.forEach(this::language);
    }

    /** The word lists of a language ("en" when it has none), for the date field's cues. */
    Lexicon lexicon(String language) {
        return language(language).lexicon();
    }

    private Language language(String code) {
        return languages.computeIfAbsent(code == null ? "en" : code, k -> {
            Lexicon lex = wordLists(k);
            // the other languages' grammars look at these tokens too (mayNameMonth): their words are kept
            Set<String> words = new HashSet<>(lex.vocabulary());
            SHIPPED.forEach(other -> words.addAll(wordLists(other).vocabulary()));
            Tokenizer tokenizer = new Tokenizer(lex.words("ordsuffix"), new Vocabulary(words));
            return new Language(tokenizer, new DateGrammar(lex), lex);
        });
    }

    /** A language's word lists, loaded once ("en"'s for a language without its own). */
    private Lexicon wordLists(String code) {
        return lexicons.computeIfAbsent(Lexicon.exists(code) ? code : "en", Lexicon::load);
    }
}
