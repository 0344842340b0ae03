package org.reportparse.model;

import java.util.List;
import org.reportparse.annotate.Span;

/** One activity record of the output contract. date and attendance may be null. */
public record Activity(int id, String title, String type, DateValue date, List<PlaceValue> places,
                       List<PartnerValue> partners, AttendanceValue attendance, Span span) {}
