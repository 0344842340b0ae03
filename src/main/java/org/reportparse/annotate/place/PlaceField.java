package org.reportparse.annotate.place;

import java.util.List;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.FieldAnnotator;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.Section;

/** The places an activity took place in. Not yet implemented: the places issue builds it on the gazetteer. */
public final class PlaceField implements FieldAnnotator<List<PlaceValue>> {

    public static PlaceField load() {
        return new PlaceField();
    }

    @Override
    public List<PlaceValue> annotate(Section section, DocumentContext ctx) {
        return List.of();
    }
}
