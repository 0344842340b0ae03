package org.reportparse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportparse.annotate.Span;

/**
 * Recovers blocks from plain text layout: blank lines separate blocks, bullet markers start list
 * items, and a hard-wrapped line joins the line before it when it visibly continues a sentence.
 */
public final class PlainTextLayout {
    /** Bullet or number marker at the start of a line: "·", "•", "-", "*", "1.", "2)", "a)". */
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[·•▪◦‣∙●○■□➢►*]|[-–—](?=\\s)|\\d{1,2}[.)](?=\\s)|[a-z][)](?=\\s))[ \\t]*");
    private static final Pattern CONTINUES = Pattern.compile("(?:[,;\\-–]|\\b(?:and|or|of|the|in|on|for|to|a|an|with|de|del|la|el|y|en|para|por|con))\\s*$");

    private PlainTextLayout() {}

    /** Length of the bullet or number marker (with its spaces) at the start of line, or 0. */
    public static int markerLength(CharSequence line) {
        Matcher m = BULLET.matcher(line);
        return m.find() ? m.end() : 0;
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = -1;          // start of the block being built
        int end = -1;            // end of its last line
        int lineStart = 0;
        boolean currentIsItem = false;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                if (start >= 0) {
                    blocks.add(block(text, start, end, currentIsItem));
                    start = -1;
                }
            } else {
                Matcher bullet = BULLET.matcher(line);
                boolean isItem = bullet.find();
                int contentStart = lineStart + (isItem ? bullet.end() : 0);
                if (start >= 0 && !isItem && continuesPrevious(text.substring(start, end), line)) {
                    end = lineEnd;
                } else {
                    if (start >= 0) {
                        blocks.add(block(text, start, end, currentIsItem));
                    }
                    start = contentStart;
                    end = lineEnd;
                    currentIsItem = isItem;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (start >= 0) {
            blocks.add(block(text, start, end, currentIsItem));
        }
        return blocks;
    }

    /** A wrapped line: it starts in lower case, or the block so far stops mid-phrase. */
    private static boolean continuesPrevious(String soFar, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        String prev = soFar.stripTrailing();
        int lastLineStart = prev.lastIndexOf('\n') + 1;
        return prev.length() - lastLineStart >= 60 && CONTINUES.matcher(prev).find();
    }

    private static Block block(String text, int start, int end, boolean item) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return Block.of(item ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, new Span(start, end), item ? 1 : 0);
    }
}
