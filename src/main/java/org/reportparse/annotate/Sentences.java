package org.reportparse.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * The project's one sentence splitter: OpenNLP's sentence model (loaded once per process), with
 * blank lines as hard breaks and a small data list of abbreviations the model splits after
 * ("approx. 30", "No. 4"). Spans are absolute offsets into the text, trimmed of white space.
 * Thread-safe: the model is shared and read only.
 */
public final class Sentences {
    /** Model resource per language; a language without its own model uses English's. */
    private static final Map<String, String> MODELS = Map.of("en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
    private static final String FALLBACK = "en";
    private static final String MEMO_KEY = "sentences.byParagraph";
    private static final String CLAUSES_KEY = "sentences.clausesByRegion";
    /** Initials and dotted abbreviations: "F.", "D.C.", "U.S.", "e.g.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}|\\p{Lu}\\.");

    private static final class Holder {
        static final Sentences SHARED = new Sentences(abbreviations("sentence-abbreviations.txt"));
    }

    private final Set<String> abbreviations;
    private final Map<String, Model> models;

    /** A language's sentence model and the characters at which it may end a sentence. */
    private record Model(SentenceBreaks breaks, String endCharacters) {
        static Model of(SentenceModel model) {
            SentenceBreaks breaks = SentenceBreaks.of(model);
            return new Model(breaks, breaks.endCharacters());
        }

        boolean mayEndSentence(String text, Span span) {
            for (int i = span.start(); i < span.end(); i++) {
                if (endCharacters.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private Sentences(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
        Map<String, Model> m = new HashMap<>();
        MODELS.forEach((lang, resource) -> m.put(lang, Model.of(load(resource))));
        this.models = Map.copyOf(m);
    }

    /** The process-wide splitter (model and abbreviation list loaded on first use). */
    public static Sentences shared() {
        return Holder.SHARED;
    }

    /** Sentences of text[region) in a document of the given language ("en", "es"). */
    public List<Span> split(String text, Span region, String language) {
        Model model = model(language);
        List<Span> out = new ArrayList<>();
        for (Span paragraph : paragraphs(text, region)) {
            out.addAll(splitParagraph(text, paragraph, model));
        }
        return out;
    }

    /**
     * Sentences of a region of the document. Several annotators split the same paragraphs, and the
     * model is the costly part, so each paragraph's sentences are kept for the document.
     */
    public List<Span> split(DocumentContext ctx, Span region) {
        Map<Span, List<Span>> known = ctx.memo(MEMO_KEY, HashMap::new);
        List<Span> out = new ArrayList<>();
        for (Span paragraph : paragraphs(ctx.text(), region)) {
            List<Span> sentences = known.get(paragraph);
            if (sentences == null) {
                sentences = splitParagraph(ctx.text(), paragraph, model(ctx.language()));
                known.put(paragraph, sentences);
            }
            out.addAll(sentences);
        }
        return out;
    }

    /** Sentences further cut after each ";" (list-like prose gives one clause per item). */
    public List<Span> clauses(String text, Span region, String language) {
        return clauses(text, split(text, region, language));
    }

    /**
     * {@link #clauses(String, Span, String)} of a region of the document, read-only. Partners and
     * attendance ask for the same paragraphs, so each region's clauses are kept for the document
     * (and its sentences, as in split).
     */
    public List<Span> clauses(DocumentContext ctx, Span region) {
        Map<Span, List<Span>> known = ctx.memo(CLAUSES_KEY, HashMap::new);
        List<Span> clauses = known.get(region);
        if (clauses == null) {
            clauses = List.copyOf(clauses(ctx.text(), split(ctx, region)));
            known.put(region, clauses);
        }
        return clauses;
    }

    private static List<Span> clauses(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : sentences) {
            int from = sentence.start();
            int depth = 0; // "32 (F: 14; M: 18)", "[3-5 May; 10-12 May]": a semicolon in brackets ends no clause
            for (int i = from; i + 1 < sentence.end(); i++) {
                char c = text.charAt(i);
                depth += c == '(' || c == '[' ? 1 : (c == ')' || c == ']') && depth > 0 ? -1 : 0;
                if (c == ';' && depth == 0 && isRegexSpace(text.charAt(i + 1))) {   // "; " ends a clause
                    out.add(new Span(from, i + 1));
                    from = skipSpace(text, i + 1, sentence.end());
                }
            }
            if (from < sentence.end()) {
                out.add(new Span(from, sentence.end()));
            }
        }
        return out;
    }

    private Model model(String language) {
        return models.getOrDefault(language, models.get(FALLBACK));
    }

    /** The model's sentences of one paragraph, rejoined where it split after an abbreviation. */
    private List<Span> splitParagraph(String text, Span paragraph, Model model) {
        List<Span> out = new ArrayList<>();
        if (!model.mayEndSentence(text, paragraph)) {
            // Without a candidate end the model returns the paragraph, trimmed as it trims: no need to run it.
            Span whole = trim(paragraph, text);
            if (whole.length() > 0) {
                out.add(whole);
            }
            return out;
        }
        Span open = null;
        for (Span sentence : model.breaks().sentences(paragraph.of(text), paragraph.start())) {
            if (open != null && continues(text, open, sentence)) {
                open = new Span(open.start(), sentence.end());
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = sentence;
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    /** The first sentences of text, as a prefix of it. */
    public String opening(String text, int n, String language) {
        List<Span> sentences = split(text, new Span(0, text.length()), language);
        return sentences.size() <= n ? text : text.substring(0, sentences.get(n - 1).end());
    }

    /**
     * A piece the model split off wrongly: it follows an abbreviation or initial ("approx. 30",
     * "Washington, D.C. The"), or it starts in lower case.
     */
    private boolean continues(String text, Span before, Span next) {
        char first = text.charAt(next.start());
        if (Character.isLowerCase(first)) {
            return true;
        }
        int end = before.end(); // read in place: copying each sentence to look at its last word showed in profiles
        if (before.length() == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int w = end - 1;
        while (w > before.start() && !Character.isWhitespace(text.charAt(w - 1)) && "([\"“'‘".indexOf(text.charAt(w - 1)) < 0) {
            w--;
        }
        String word = text.substring(w, end - 1);
        return abbreviations.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(text).region(w, end).matches();
    }

    /** The stretches of text[region] between blank lines (a line of only spaces or tabs is blank). */
    public static List<Span> paragraphs(String text, Span region) {
        List<Span> out = new ArrayList<>();
        int from = region.start();
        int end = region.end();
        // indexOf jumps from line end to line end (a vectorized scan; the char loop showed in profiles)
        for (int i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < end && text.charAt(j) != '\n' && isRegexSpace(text.charAt(j))) {
                j++;
            }
            if (j < end && text.charAt(j) == '\n') {
                if (i > from) {
                    out.add(new Span(from, i));
                }
                from = j + 1;
                while (from < end && isRegexSpace(text.charAt(from))) {
                    from++;
                }
                i = from - 1;
            }
        }
        if (from < end) {
            out.add(new Span(from, end));
        }
        return out;
    }

    /** White space as a regular expression's \s matches it: ASCII spaces, tab, line ends, VT and FF. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The span without white space at either end, as OpenNLP trims a sentence. */
    private static Span trim(Span span, String text) {
        int start = span.start();
        int end = span.end();
        while (start < end && StringUtil.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && StringUtil.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static SentenceModel load(String resource) {
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model missing from the classpath: " + resource);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One abbreviation a line, without its final period; '#' starts a comment. */
    private static Set<String> abbreviations(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
