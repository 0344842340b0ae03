package org.reportparse.annotate.attendance;

import org.reportparse.annotate.Span;

/**
 * One count found in text, with what it counts and the context the attendance choice needs.
 *
 * @param count       the number, or null for a vague plural ("dozens of")
 * @param qualifier   from the cue words around it
 * @param span        from the qualifier to the counted noun (or the number)
 * @param counted     the counted noun as written ("officials"), or null
 * @param kind        what kind of thing is counted
 * @param sentence    which sentence (or clause) of the searched regions holds it: counts of one sentence share
 *                    the number, counts of different ones do not (regions without a number are not numbered)
 * @param cue         the sentence ties it to taking part ("attended", "participaron", "trained")
 * @param adjacentCue a cue touches the count ("for 60", "attended by nearly two hundred", "45 took part")
 * @param coordinated the count follows "and"/"y"/a comma, as in "30 people in X and 45 in Y"
 * @param total       a stated total ("a total of 64", "en total")
 * @param part        a part of a group already counted ("twenty of them", "34 (29 women)", "including 12 judges")
 * @param anaphoric   names a group already counted ("the 38 officials trained")
 * @param background  the sentence is about another, earlier event
 * @param planned     a target or invitation ("targeted 30 participants", "previstos 40")
 * @param turnout     a word right before or after it says they were there ("120,000 people joined the march",
 *                    "participaron más de 200.000 personas"), not that they were reached or served
 * @param perSession  counted per session ("Each workshop gathered 30", "60 participants in each city"): the
 *                    attendance only when no other count gives one
 * @param sessions    for a count per session, how many sessions an earlier count of the same or the previous
 *                    sentence names ("Three webinars were held ..., each attended by about 90"), else 0
 */
public record CountMention(Integer count, Qualifier qualifier, Span span, String counted, CountedKind kind,
                           int sentence, boolean cue, boolean adjacentCue, boolean coordinated, boolean total,
                           boolean part, boolean anaphoric, boolean background,
                           boolean planned, boolean turnout, boolean perSession, int sessions) {

    public boolean countsPeople() {
        return kind == CountedKind.PARTICIPANTS || kind == CountedKind.PEOPLE || kind == CountedKind.STAFF
                || kind == CountedKind.POPULATION;
    }
}
