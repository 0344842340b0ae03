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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The project's one sentence splitter: OpenNLP's sentence model (loaded once per process), with
 * blank lines as hard breaks and a small data list of abbreviations the model splits after
 * ("approx. 30", "No. 4"). Spans are absolute offsets into the text, trimmed of white space.
 * Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class Sentences {
    /** Model resource per language; a language without its own model uses English's. */
    private static final Map<String, String> MODELS = Map.of("en", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
    private static final String FALLBACK = "en";
    private static final String MEMO_KEY = "sentences.byParagraph";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";(?=\\s)");
    /** Initials and dotted abbreviations: "F.", "D.C.", "U.S.", "e.g.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}|\\p{Lu}\\.");

    private static final class Holder {
        static final Sentences SHARED = new Sentences(abbreviations("sentence-abbreviations.txt"));
    }

    private final Set<String> abbreviations;
    private final Map<String, ThreadLocal<SentenceDetectorME>> detectors;

    private Sentences(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
        Map<String, ThreadLocal<SentenceDetectorME>> d = new HashMap<>();
        MODELS.forEach((lang, resource) -> {
            SentenceModel model = load(resource);
            d.put(lang, ThreadLocal.withInitial(() -> new SentenceDetectorME(model)));
        });
        this.detectors = Map.copyOf(d);
    }

    /** The process-wide splitter (model and abbreviation list loaded on first use). */
    public static Sentences shared() {
        return Holder.SHARED;
    }

    /** Sentences of text[region) in a document of the given language ("en", "es"). */
    public List<Span> split(String text, Span region, String language) {
        SentenceDetectorME detector = detector(language);
        List<Span> out = new ArrayList<>();
        for (Span paragraph : paragraphs(text, region)) {
            out.addAll(splitParagraph(text, paragraph, detector));
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
                sentences = splitParagraph(ctx.text(), paragraph, detector(ctx.language()));
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

    /** {@link #clauses(String, Span, String)} of a region of the document, its sentences memoised as in split. */
    public List<Span> clauses(DocumentContext ctx, Span region) {
        return clauses(ctx.text(), split(ctx, region));
    }

    private static List<Span> clauses(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : sentences) {
            Matcher m = CLAUSE_BREAK.matcher(text).region(sentence.start(), sentence.end());
            int from = sentence.start();
            while (m.find()) {
                out.add(new Span(from, m.end()));
                from = skipSpace(text, m.end(), sentence.end());
            }
            if (from < sentence.end()) {
                out.add(new Span(from, sentence.end()));
            }
        }
        return out;
    }

    private SentenceDetectorME detector(String language) {
        return detectors.getOrDefault(language, detectors.get(FALLBACK)).get();
    }

    /** The model's sentences of one paragraph, rejoined where it split after an abbreviation. */
    private List<Span> splitParagraph(String text, Span paragraph, SentenceDetectorME detector) {
        List<Span> out = new ArrayList<>();
        String piece = paragraph.of(text);
        Span open = null;
        for (opennlp.tools.util.Span s : detector.sentPosDetect(piece)) {
            Span sentence = new Span(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd());
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
        String prev = before.of(text);
        if (!prev.endsWith(".")) {
            return false;
        }
        int w = prev.length() - 1;
        while (w > 0 && !Character.isWhitespace(prev.charAt(w - 1)) && "([\"“'‘".indexOf(prev.charAt(w - 1)) < 0) {
            w--;
        }
        String word = prev.substring(w, prev.length() - 1);
        return abbreviations.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word + ".").matches();
    }

    /** The stretches of text[region] between blank lines. */
    public static List<Span> paragraphs(String text, Span region) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text).region(region.start(), region.end());
        int from = region.start();
        while (m.find()) {
            if (m.start() > from) {
                out.add(new Span(from, m.start()));
            }
            from = m.end();
        }
        if (from < region.end()) {
            out.add(new Span(from, region.end()));
        }
        return out;
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
