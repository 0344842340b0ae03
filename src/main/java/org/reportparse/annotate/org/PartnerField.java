package org.reportparse.annotate.org;

import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.model.PartnerValue;
import org.reportparse.segment.Section;

/** Organizations with an active role in the activity. Not yet implemented: the partners issue builds it. */
public final class PartnerField implements FieldAnnotator<List<PartnerValue>> {

    public static PartnerField load() {
        return new PartnerField();
    }

    public static PartnerField load(java.nio.file.Path userOrganizations) {
        return new PartnerField();
    }

    @Override
    public List<PartnerValue> annotate(Section section, DocumentContext ctx) {
        return List.of();
    }
}
