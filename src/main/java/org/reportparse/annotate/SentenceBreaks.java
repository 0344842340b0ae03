package org.reportparse.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * The sentences OpenNLP's SentenceDetectorME finds with a maxent sentence model, found without
 * its feature strings: the detector builds a dozen strings per candidate end ("x=Dr", "n=Smith",
 * ...) and looks each up in a HashMap, which was most of the sentence stage. Here the same
 * features are read in place (the words' weights are keyed by the word, found by hashing the
 * characters where they stand), summed in the detector's order and normalised with the same
 * arithmetic, so every decision and every span is the same (SentenceBreaksTest compares both on
 * the project's texts and on random text). Only the model set-up we ship is supported: GIS with
 * a uniform prior, default context generator and scanner, no abbreviation dictionary; load
 * fails on any other. Immutable and thread-safe.
 */
final class SentenceBreaks {
    private static final String SPLIT = "s";

    private final char[] endCharacters;
    private final char lastEndCharacter;
    private final boolean useTokenEnd;
    private final int outcomes;
    private final int split;
    private final double logPrior;
    private final Context spaceBefore;
    private final Context spaceAfter;
    private final Context[] endCharacter;
    /** By length: the weight of a prefix of that many characters (feature "3"). */
    private final Context[] prefixLength;
    private final Context prefixCap;
    private final Context previousCap;
    private final Context suffixCap;
    private final Context nextCap;
    private final WordWeights prefixWords;
    private final WordWeights previousWords;
    private final WordWeights suffixWords;
    private final WordWeights nextWords;

    private SentenceBreaks(SentenceModel model) {
        SentenceDetectorFactory factory = model.getFactory();
        if (!(model.getMaxentModel() instanceof GISModel gis)
                || factory.getAbbreviationDictionary() != null
                || factory.getSDContextGenerator().getClass() != DefaultSDContextGenerator.class
                || factory.getEndOfSentenceScanner().getClass() != DefaultEndOfSentenceScanner.class) {
            throw new IllegalStateException("sentence model set-up not supported: " + factory);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) ((AbstractModel) gis).getDataStructures()[1];
        this.endCharacters = factory.getEOSCharacters();
        char last = 0;
        for (char c : endCharacters) {
            last = (char) Math.max(last, c);
        }
        this.lastEndCharacter = last;
        this.useTokenEnd = factory.isUseTokenEnd();
        this.outcomes = gis.getNumOutcomes();
        this.split = gis.getIndex(SPLIT);
        this.logPrior = StrictMath.log(1.0 / outcomes);   // UniformPrior
        this.spaceBefore = features.get("sp");
        this.spaceAfter = features.get("sn");
        this.endCharacter = new Context[endCharacters.length];
        for (int i = 0; i < endCharacters.length; i++) {
            endCharacter[i] = features.get("eos=" + endCharacters[i]);   // '.', '!', '?': no line end to escape
        }
        int longest = 0;
        for (String name : features.keySet()) {
            if (isNumber(name)) {
                longest = Math.max(longest, Integer.parseInt(name));
            }
        }
        this.prefixLength = new Context[longest + 1];
        for (int i = 1; i <= longest; i++) {
            prefixLength[i] = features.get(Integer.toString(i));
        }
        this.prefixCap = features.get("xcap");
        this.previousCap = features.get("vcap");
        this.suffixCap = features.get("scap");
        this.nextCap = features.get("ncap");
        this.prefixWords = WordWeights.of(features, "x=");
        this.previousWords = WordWeights.of(features, "v=");
        this.suffixWords = WordWeights.of(features, "s=");
        this.nextWords = WordWeights.of(features, "n=");
    }

    static SentenceBreaks of(SentenceModel model) {
        return new SentenceBreaks(model);
    }

    /** The characters at which the model may end a sentence. */
    String endCharacters() {
        return new String(endCharacters);
    }

    /**
     * The sentences of s as SentenceDetectorME.sentPosDetect gives them (trimmed, in order), each
     * moved by offset.
     */
    List<Span> sentences(String s, int offset) {
        int[] starts = new int[8];
        int count = 0;
        int index = 0;
        for (int end = nextEnd(s, 0); end >= 0; ) {
            int following = nextEnd(s, end + 1);
            boolean considered = (following < 0 || following >= firstSpace(s, end + 1))   // the token's last end
                    && (count == 0 || end >= starts[count - 1]);
            if (considered && splits(s, end)) {
                if (index != end) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = firstNonSpace(s, useTokenEnd ? firstSpace(s, end + 1) : end + 1);
                }
                index = end + 1;
            }
            end = following;
        }
        List<Span> out = new ArrayList<>(count + 1);
        int from = 0;
        for (int i = 0; i < count; i++) {
            addTrimmed(out, s, from, starts[i], offset);
            from = starts[i];
        }
        if (count == 0 || from != s.length()) {
            addTrimmed(out, s, from, s.length(), offset);
        }
        return out;
    }

    /** The model's decision at a candidate end: its features' weights summed as GISModel.eval sums them. */
    private boolean splits(String s, int position) {
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logPrior);
        int lastIndex = s.length() - 1;
        if (position > 0 && isSpace(s.charAt(position - 1))) {
            add(sums, spaceBefore);
        }
        if (position < lastIndex && isSpace(s.charAt(position + 1))) {
            add(sums, spaceAfter);
        }
        add(sums, endCharacter[endIndex(s.charAt(position))]);

        int prefixStart = previousSpaceIndex(s, position);
        for (int c = position - 1; c > prefixStart; c--) {   // the prefix starts at an end character before it
            if (endIndex(s.charAt(c)) >= 0) {
                prefixStart = c;
                break;
            }
        }
        int previousStart = previousSpaceIndex(s, prefixStart);
        int suffixEnd = nextSpaceIndex(s, position, lastIndex);
        for (int c = position + 1; c < suffixEnd; c++) {   // the suffix stops at an end character in it
            if (endIndex(s.charAt(c)) >= 0) {
                suffixEnd = c;
                break;
            }
        }
        int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);

        int prefixFrom = trimStart(s, prefixStart, position);
        int prefixTo = trimEnd(s, prefixFrom, position);
        add(sums, prefixWords.get(s, prefixFrom, prefixTo));
        int prefixChars = prefixTo - prefixFrom;
        if (prefixChars > 0) {
            add(sums, prefixChars < prefixLength.length ? prefixLength[prefixChars] : null);
            if (Character.isUpperCase(s.charAt(prefixFrom))) {
                add(sums, prefixCap);
            }
        }
        word(sums, previousWords, previousCap, s, previousStart, prefixStart);
        if (position == lastIndex) {   // no suffix and no next word at the text's end
            word(sums, suffixWords, suffixCap, s, 0, 0);
            word(sums, nextWords, nextCap, s, 0, 0);
        } else {
            word(sums, suffixWords, suffixCap, s, position + 1, suffixEnd);
            word(sums, nextWords, nextCap, s, suffixEnd + 1, nextEnd);
        }
        double normal = 0;
        for (int i = 0; i < outcomes; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            normal += sums[i];
        }
        for (int i = 0; i < outcomes; i++) {
            sums[i] /= normal;
        }
        int best = 0;   // the first most probable outcome, as ArrayMath.argmax picks it
        for (int i = 1; i < outcomes; i++) {
            if (sums[best] < sums[i]) {
                best = i;
            }
        }
        return best == split;
    }

    /** A word feature of s[from, to) trimmed as String.trim trims, then its capital feature. */
    private static void word(double[] sums, WordWeights words, Context cap, String s, int from, int to) {
        int start = trimStart(s, from, to);
        int end = trimEnd(s, start, to);
        add(sums, words.get(s, start, end));
        if (end > start && Character.isUpperCase(s.charAt(start))) {
            add(sums, cap);
        }
    }

    /** One feature's weights added per outcome, as ArrayMath.sumFeatures adds them (a feature the model lacks adds none). */
    private static void add(double[] sums, Context feature) {
        if (feature != null) {
            int[] outcomes = feature.getOutcomes();
            double[] weights = feature.getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                sums[outcomes[j]] += weights[j];
            }
        }
    }

    /** OpenNLP's StringUtil.isWhitespace, with ASCII (nearly every character) answered without a table look-up. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return StringUtil.isWhitespace(c);
    }

    /** The index of c among the end characters, or -1 (a character past the last of them is none). */
    private int endIndex(char c) {
        if (c > lastEndCharacter) {
            return -1; // most characters: the end characters are ASCII punctuation
        }
        for (int i = 0; i < endCharacters.length; i++) {
            if (endCharacters[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int nextEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (endIndex(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstSpace(String s, int pos) {
        while (pos < s.length() && !isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int firstNonSpace(String s, int pos) {
        while (pos < s.length() && isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The start of the white space before seek's word (0 if none), as the context generator finds it. */
    private static int previousSpaceIndex(String s, int seek) {
        seek--;
        while (seek > 0 && !isSpace(s.charAt(seek))) {
            seek--;
        }
        if (seek > 0 && isSpace(s.charAt(seek))) {
            while (seek > 0 && isSpace(s.charAt(seek - 1))) {
                seek--;
            }
            return seek;
        }
        return 0;
    }

    /** The end of the white space after seek's word (limit if none), as the context generator finds it. */
    private static int nextSpaceIndex(String s, int seek, int limit) {
        for (seek++; seek < limit; seek++) {
            if (isSpace(s.charAt(seek))) {
                while (s.length() > seek + 1 && isSpace(s.charAt(seek + 1))) {
                    seek++;
                }
                return seek;
            }
        }
        return limit;
    }

    private static int trimStart(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return to;
    }

    /** s[from, to) trimmed as opennlp's Span.trim trims, added moved by offset when not empty. */
    private static void addTrimmed(List<Span> out, String s, int from, int to, int offset) {
        int start = from;
        while (start < to && isSpace(s.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Span(offset + start, offset + end));
        }
    }

    private static boolean isNumber(String name) {
        if (name.isEmpty() || name.length() > 4) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A kind of word feature's weights by word ("x=Dr" is "Dr" in the prefix table), looked up by
     * the characters where the word stands: open addressing on String.hashCode's value.
     */
    private static final class WordWeights {
        private final String[] words;
        private final Context[] weights;
        private final int mask;

        private WordWeights(Map<String, Context> byWord) {
            int size = Integer.highestOneBit(Math.max(4, byWord.size() * 4));
            this.words = new String[size];
            this.weights = new Context[size];
            this.mask = size - 1;
            byWord.forEach((word, weight) -> {
                int slot = spread(word.hashCode()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                weights[slot] = weight;
            });
        }

        static WordWeights of(Map<String, Context> features, String kind) {
            Map<String, Context> byWord = new HashMap<>();
            features.forEach((name, weight) -> {
                if (name.startsWith(kind)) {
                    byWord.put(name.substring(kind.length()), weight);
                }
            });
            return new WordWeights(byWord);
        }

        Context get(String s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + s.charAt(i);
            }
            int length = to - from;
            for (int slot = spread(h) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                String word = words[slot];
                if (word.length() == length && word.regionMatches(0, s, from, length)) {
                    return weights[slot];
                }
            }
            return null;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
