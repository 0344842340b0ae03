package org.reportparse.model;

import java.util.List;

/**
 * The whole result for one input document (schema version 1). text is the extracted plain text
 * that every span points into; the output writes it only when asked (--include-text).
 */
public record Report(SourceInfo source, ReportInfo report, List<Activity> activities,
                     List<String> warnings, String text) {
    public static final int SCHEMA_VERSION = 1;
}
