package org.reportparse.annotate.attendance;

import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.model.AttendanceValue;
import org.reportparse.segment.Section;

/** How many people took part. Not yet implemented: the attendance issue builds it. */
public final class AttendanceField implements FieldAnnotator<AttendanceValue> {

    public static AttendanceField load() {
        return new AttendanceField();
    }

    @Override
    public AttendanceValue annotate(Section section, DocumentContext ctx) {
        return null;
    }
}
