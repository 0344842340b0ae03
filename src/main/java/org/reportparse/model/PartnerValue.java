package org.reportparse.model;

import java.util.List;
import org.reportparse.annotate.Span;

/**
 * An organization with an active role in an activity, by canonical name.
 *
 * @param aliases the other names it goes by: as written in the activity, then the registry's other
 *                names and acronyms (other languages), so a reader can match any of them
 */
public record PartnerValue(String name, String acronym, String role, String text, Span span, List<String> aliases) {
    public PartnerValue {
        aliases = List.copyOf(aliases);
    }

    /** The same partner with these aliases. */
    public PartnerValue withAliases(List<String> others) {
        return new PartnerValue(name, acronym, role, text, span, others);
    }
}
