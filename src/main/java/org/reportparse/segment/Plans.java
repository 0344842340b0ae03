package org.reportparse.segment;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportparse.annotate.Phrases;

/**
 * A sentence telling an event still to come ("On election day, 20 May, the Mission will visit more than 300 polling
 * stations", "El 3 de junio se realizará un taller ..."): a report's activities are those held, so such a sentence
 * starts none. Its words are the rows of not-held.tsv flagged "plan".
 */
final class Plans {
    private static final Pattern PLAN = Pattern.compile("\\b(?:" + Resources.tsv("not-held.tsv").stream()
            .filter(r -> r.length > 1 && r[1].strip().equals("plan"))
            .map(r -> Phrases.quote(Resources.fold(r[0].strip())))
            .collect(Collectors.joining("|")) + ")\\b");

    private Plans() {}

    static boolean tells(String sentence) {
        return PLAN.matcher(Resources.fold(sentence)).find();
    }
}
