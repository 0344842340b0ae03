package org.reportparse.model;

import java.util.List;
import org.reportparse.annotate.Span;

/** An activity's date: ISO start/end at the precision the text supports; days when the text lists them. */
public record DateValue(String start, String end, List<String> days, String text, Span span) {}
