package org.reportparse.annotate.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a date expression may start, derived from the grammar's word lists: at a number, or at a
 * word starting a phrase of a starting type. The common such words of prose are articles and
 * prepositions ("the", "de", "la", "from") that start only phrases of two or more tokens ("the day
 * after tomorrow", "la semana pasada", "de 3 a 5 de mayo"); for those the next token is tested too,
 * against the second words of their phrases and, for an opener, what may begin a date after it. When
 * it fits none, no rule of the grammar can match there, so the parser skips the word at once.
 */
final class Starts {
    /** What may follow a word that starts only longer phrases. */
    private static final class Follow {
        final Set<String> words = new HashSet<>();
        boolean number;
        boolean weekday;
        /** A placeholder this class does not know: anything may follow. */
        boolean any;
        /** An opener: a filler, weekday, day, month or season may follow. */
        boolean date;
    }

    private final Lexicon lex;
    /** Words that may start an expression; null when a placeholder may (then every token is tried). */
    private final Set<String> words;
    private final Map<String, Follow> followed = new HashMap<>();
    private final Set<String> seasonFirstWords;

    /**
     * @param phraseTypes the types matched as phrases at an expression's first token
     * @param wordTypes   the types looked up as single words there
     * @param openerType  the type of words that open a range before a date ("from", "between")
     */
    Starts(Lexicon lex, List<String> phraseTypes, List<String> wordTypes, String openerType) {
        this.lex = lex;
        List<String> all = new ArrayList<>(phraseTypes);
        all.addAll(wordTypes);
        all.add(openerType);
        this.words = lex.firstWords(all);
        Set<String> season = lex.firstWords(List.of("season"));
        this.seasonFirstWords = season == null ? Set.of() : season;
        if (words == null) {
            return;
        }
        Set<String> alone = new HashSet<>(); // words that may start something by themselves
        for (String type : wordTypes) {
            lex.entries(type).forEach(e -> alone.add(e.words().get(0)));
        }
        for (String type : phraseTypes) {
            for (Lexicon.Entry e : lex.entries(type)) {
                if (e.words().size() == 1) {
                    alone.add(e.words().get(0));
                } else {
                    add(followOf(e.words().get(0)), e.words().get(1));
                }
            }
        }
        for (Lexicon.Entry e : lex.entries(openerType)) {
            if (e.words().size() == 1) {
                followOf(e.words().get(0)).date = true;
            } else {
                alone.add(e.words().get(0));
            }
        }
        followed.keySet().removeAll(alone);
    }

    private Follow followOf(String word) {
        return followed.computeIfAbsent(word, k -> new Follow());
    }

    private static void add(Follow f, String second) {
        switch (second) {
            case "{num}" -> f.number = true;
            case "{weekday}" -> f.weekday = true;
            default -> {
                if (second.startsWith("{")) {
                    f.any = true;
                } else {
                    f.words.add(second);
                }
            }
        }
    }

    /** False when no expression, relative phrase or veto can start at token i (tokens before lim). */
    boolean possible(List<Token> t, int i, int lim) {
        Token tok = t.get(i);
        if (words == null || tok.is(Token.Type.NUM) || tok.is(Token.Type.NUMDATE)) {
            return true;
        }
        if (tok.isOtherWord() || !words.contains(tok.lower())) {
            return false;
        }
        Follow f = followed.get(tok.lower());
        return f == null || i + 1 < lim && fits(f, t.get(i + 1));
    }

    private boolean fits(Follow f, Token next) {
        boolean number = next.is(Token.Type.NUM) || next.is(Token.Type.OTHERNUM) || next.is(Token.Type.NUMDATE);
        return f.any || f.words.contains(next.lower())
                || number && (f.number || f.date)
                || (f.weekday || f.date) && lex.word("weekday", next) != null
                || f.date && (lex.word("filler", next) != null || lex.word("ordinal", next) != null
                        || lex.word("month", next) != null || seasonFirstWords.contains(next.lower()));
    }
}
