package org.reportparse.segment;

import java.util.List;

/** Stage 2 output: the report's header and one section per activity, in document order. */
public record SegmentedDocument(ReportHeader header, List<Section> sections) {}
