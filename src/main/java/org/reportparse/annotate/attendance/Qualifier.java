package org.reportparse.annotate.attendance;

import java.util.Collection;
import java.util.Locale;

/** How exact a count is, from the cue word before or after it ("more than", "unos", "or more"). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, FEWER_THAN;

    /** The contract's name: exact, more_than, at_least, about, up_to, fewer_than. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isLowerBound() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    boolean isUpperBound() {
        return this == UP_TO || this == FEWER_THAN;
    }

    /**
     * The qualifier of a sum of counts: the weakest of the parts ("more than 30" + "60" is more than
     * 90); a lower bound added to an upper bound only says "about".
     */
    static Qualifier ofSum(Collection<Qualifier> parts) {
        boolean lower = false;
        boolean upper = false;
        Qualifier weakest = EXACT;
        for (Qualifier q : parts) {
            lower |= q.isLowerBound();
            upper |= q.isUpperBound();
            weakest = q.compareTo(weakest) > 0 ? q : weakest;
        }
        return lower && upper ? ABOUT : weakest;
    }
}
