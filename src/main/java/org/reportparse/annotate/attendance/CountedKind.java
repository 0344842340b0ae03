package org.reportparse.annotate.attendance;

/** What a count counts, from the noun after it. */
public enum CountedKind {
    /** Attendees by name: participants, attendees, participantes. */
    PARTICIPANTS,
    /** Other people: officials, judges, funcionarios... */
    PEOPLE,
    /** People often counted as a statistic (victims, children, residents): attendance only with a cue. */
    POPULATION,
    /** People who ran the activity: speakers, trainers, facilitators. */
    STAFF,
    /** Places or seats offered after an up_to cue ("up to 50 places"). */
    CAPACITY,
    /** Not people: countries, member states, posters, days... */
    THING,
    /** A word no list knows follows ("40 paralegals"). */
    UNKNOWN,
    /** No noun follows ("attended by nearly two hundred", "Participants: 54"). */
    NONE
}
