package org.reportparse.extract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cells of a DOCX's tables, which Tika's extractor leaves out: a cell spanning several columns
 * ({@code w:gridSpan}) is written as one cell, so the cells after it slide into the wrong columns, and a cell
 * merged down over several rows ({@code w:vMerge}) has its text in its first row only, the rows below it an
 * empty cell (one "Organized with" cell over two activities gave the second none). The body's tables are read
 * from word/document.xml; {@link StructureHandler} finds each by its cells' letters and writes a spanned cell's
 * columns and a merged cell's text in every row it covers.
 */
final class DocxMergedCells {
    /** One cell of the package's table: its letters (to find the cell in Tika's), columns it spans, whether it continues the cell above. */
    record Cell(String letters, int span, boolean continued) {}

    /** A table whose rows are lists of cells; only tables with a merged cell are kept. */
    record Table(List<List<Cell>> rows) {}

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxMergedCells() {}

    static boolean isPart(String entryName) {
        return entryName.equals("word/document.xml");
    }

    /** The top-level tables of the document part that have a merged cell, in document order. */
    static List<Table> tables(byte[] documentXml) {
        String xml = new String(documentXml, StandardCharsets.UTF_8);
        if (!xml.contains("w:gridSpan") && !xml.contains("w:vMerge")) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(documentXml));
            int tableDepth = 0;
            int fallback = 0; // inside mc:Fallback, the copy of a text box Tika does not read
            boolean inText = false;
            boolean merged = false;
            List<List<Cell>> rows = null;
            StringBuilder letters = null;
            int span = 1;
            boolean continued = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    String name = r.getLocalName();
                    if (MC.equals(ns) && name.equals("Fallback")) {
                        fallback++;
                    }
                    if (fallback > 0 || !W.equals(ns)) {
                        continue;
                    }
                    switch (name) {
                        case "tbl" -> {
                            if (++tableDepth == 1) {
                                rows = new ArrayList<>();
                                merged = false;
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1) {
                                rows.add(new ArrayList<>());
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1) {
                                letters = new StringBuilder();
                                span = 1;
                                continued = false;
                            }
                        }
                        case "gridSpan" -> {
                            if (tableDepth == 1) {
                                span = Math.max(1, parseInt(r.getAttributeValue(W, "val")));
                                merged |= span > 1;
                            }
                        }
                        case "vMerge" -> {
                            if (tableDepth == 1) {
                                String val = r.getAttributeValue(W, "val");
                                continued = val == null || val.equals("continue");
                                merged |= continued;
                            }
                        }
                        case "t" -> inText = true;
                        default -> { }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    String name = r.getLocalName();
                    if (MC.equals(ns) && name.equals("Fallback")) {
                        fallback--;
                    }
                    if (fallback > 0 || !W.equals(ns)) {
                        continue;
                    }
                    switch (name) {
                        case "t" -> inText = false;
                        case "tc" -> {
                            if (tableDepth == 1 && !rows.isEmpty()) {
                                rows.get(rows.size() - 1).add(new Cell(letters(letters), span, continued));
                            }
                        }
                        case "tbl" -> {
                            if (tableDepth-- == 1 && merged) {
                                tables.add(new Table(rows));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamReader.CHARACTERS && inText && letters != null && tableDepth >= 1 && fallback == 0) {
                    letters.append(r.getText()); // a nested table's text is part of its cell's, as in Tika's
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return List.of(); // a part we cannot read leaves the tables as Tika wrote them
        }
        return tables;
    }

    /** A cell's text as compared with Tika's: its letters only (no spaces, digits of note marks, punctuation). */
    static String letters(CharSequence text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().filter(Character::isLetter).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
