package org.reportparse.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reference results for hand-written scanners: what Matcher.region(from, to) and find() give, as "start-end". */
public final class RegexSpans {
    private RegexSpans() {}

    public static List<String> find(Pattern p, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}
