package org.reportparse.annotate;

import org.reportparse.segment.Section;

/**
 * One output field of an activity (date, places, partners, attendance): finds the field's
 * mentions in a section and decides which of them belong to the activity. Implementations are
 * immutable after loading and safe to share between threads.
 *
 * @param <T> the field's value; null or empty when the section gives none
 */
public interface FieldAnnotator<T> {
    T annotate(Section section, DocumentContext context);
}
