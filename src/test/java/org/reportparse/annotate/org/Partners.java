package org.reportparse.annotate.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportparse.model.PartnerValue;

/** Test helper: the partners PartnerField gives for a section, shared between tests (the field loads once). */
final class Partners {
    static final PartnerField FIELD = PartnerField.load();

    private Partners() {}

    static List<PartnerValue> of(Layout.Fixture f) {
        return FIELD.annotate(f.first(), f.context());
    }

    static List<PartnerValue> inProse(String text) {
        return of(Layout.prose(text));
    }

    /** Canonical name -> role. */
    static Map<String, String> roles(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        inProse(text).forEach(p -> out.put(p.name(), p.role()));
        return out;
    }
}
