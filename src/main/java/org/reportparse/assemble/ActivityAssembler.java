package org.reportparse.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.annotate.Span;
import org.reportparse.model.Activity;
import org.reportparse.model.AttendanceValue;
import org.reportparse.model.DateValue;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.ActivityWords;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.Section;

/**
 * Stage 4: one {@link Activity} per section, from its title and each field annotator's choice.
 * Thread-safe: it holds only immutable annotators.
 */
public final class ActivityAssembler {
    private final ActivityWords words;
    private final FieldAnnotator<DateValue> date;
    private final FieldAnnotator<List<PlaceValue>> places;
    private final FieldAnnotator<List<PartnerValue>> partners;
    private final FieldAnnotator<AttendanceValue> attendance;
    private final Predicate<String> placeName;

    /** @param placeName whether a name, as a whole, is a place's (the gazetteer): such a tail is cut from titles */
    public ActivityAssembler(ActivityWords words, FieldAnnotator<DateValue> date,
                             FieldAnnotator<List<PlaceValue>> places, FieldAnnotator<List<PartnerValue>> partners,
                             FieldAnnotator<AttendanceValue> attendance, Predicate<String> placeName) {
        this.words = words;
        this.placeName = placeName;
        this.date = date;
        this.places = places;
        this.partners = partners;
        this.attendance = attendance;
    }

    public List<Activity> assemble(DocumentContext ctx) {
        List<Activity> out = new ArrayList<>();
        for (Section s : ctx.sections()) {
            String title = withoutPlaceTail(title(s, ctx));
            out.add(new Activity(out.size() + 1, title, type(title, s, ctx), date.annotate(s, ctx),
                    List.copyOf(places.annotate(s, ctx)), List.copyOf(partners.annotate(s, ctx)),
                    attendance.annotate(s, ctx), s.span()));
        }
        return Duplicates.merge(out); // an activity told in prose and again in an annex table is one
    }

    /**
     * The title as written (its name, when the segmenter found one inside it), without wrapping quotes, line breaks or
     * trailing punctuation, and with a capital first letter.
     */
    static String title(Section s, DocumentContext ctx) {
        Span span = s.name() != null ? s.name() : s.title() != null ? s.title() : s.label("title").map(Labeled::value).orElse(null);
        if (span == null) {
            return null;
        }
        String t = withoutOpenParenthesis(WHITESPACE.matcher(ctx.textOf(span)).replaceAll(" ").strip());
        t = unquoted(TRAILING_PUNCTUATION.matcher(t).replaceAll("")).strip();
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("").strip();
        return t.isEmpty() ? null : capitalized(t);
    }

    /**
     * "training of trainers on ..." (a name read from prose, a cell written in lower case) as a title: "Training of
     * trainers on ...". A word with a capital inside ("eLearning week", "iPhone clinic") keeps its spelling.
     */
    static String capitalized(String t) {
        int first = t.codePointAt(0);
        int next = Character.charCount(first);
        boolean plainWord = next < t.length() && Character.isLowerCase(t.codePointAt(next));
        return Character.isLowerCase(first) && plainWord
                ? new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(t, next, t.length()).toString()
                : t;
    }

    /**
     * 'Webinar series "Data" (three sessions': a parenthesis the title's end cut open (its date went to the
     * header) is a note, not part of the name.
     */
    static String withoutOpenParenthesis(String t) {
        int open = t.lastIndexOf('(');
        return open > 0 && t.indexOf(')', open) < 0 ? t.substring(0, open).strip() : t;
    }

    /**
     * "Steering Committee meeting - Costa Rica": a place after a spaced dash at the end of a title
     * says where, it is no part of the name (the places field reads it from the title). "Forum –
     * Youth Edition" keeps its tail.
     */
    String withoutPlaceTail(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = DASH_TAIL.matcher(title);
        if (!m.find() || m.start() == 0) {
            return title;
        }
        String tail = m.group(1);
        boolean place = COMMA.splitAsStream(tail).allMatch(placeName);
        return place ? title.substring(0, m.start()).strip() : title;
    }

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern DASH_TAIL = Pattern.compile("\\s+[-–—]\\s+([^-–—]{2,60})$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    /** Compiled once: String.replaceAll compiles its regex on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String QUOTES = "\"“”'‘’«»";

    /** Without quotes that wrap the whole title or stand unpaired at one end; 'Course "Human Rights"' keeps its pair. */
    static String unquoted(String t) {
        int quotes = 0;
        for (int i = 0; i < t.length(); i++) {
            quotes += QUOTES.indexOf(t.charAt(i)) >= 0 ? 1 : 0;
        }
        boolean opens = !t.isEmpty() && QUOTES.indexOf(t.charAt(0)) >= 0;
        boolean closes = t.length() > 1 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0;
        if (opens && closes && quotes == 2 || opens && !closes && quotes == 1) {
            t = t.substring(1);
        }
        if (closes && (opens && quotes == 2 || !opens && quotes == 1)) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private String type(String title, Section s, DocumentContext ctx) {
        for (Labeled l : s.labels("type")) {
            var t = words.typeOf(ctx.textOf(l.value()));
            if (t.isPresent()) {
                return t.get();
            }
        }
        if (title != null) {
            var t = words.typeOf(title);
            if (t.isPresent()) {
                return t.get();
            }
        }
        for (Span b : s.body()) {
            var t = words.typeOfProse(ctx.textOf(b).substring(0, Math.min(300, b.length())));
            if (t.isPresent()) {
                return t.get();
            }
        }
        // "On 1 December the Steering Committee met ...": the verb tells the kind
        var byVerb = words.typeOfVerb(title != null ? title : "");
        if (byVerb.isEmpty() && !s.body().isEmpty()) {
            Span b = s.body().get(0);
            byVerb = words.typeOfVerb(ctx.textOf(b).substring(0, Math.min(300, b.length())));
        }
        return byVerb.orElse("other");
    }
}
