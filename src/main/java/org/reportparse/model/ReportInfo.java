package org.reportparse.model;

/** The report's own header: title, covered period, language. */
public record ReportInfo(String title, Period period, String language) {}
