package org.reportparse.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a DOCX with real Word structure (heading styles, a bulleted list, tables) from a tiny
 * markup: "# " and "## " headings, "- " bullets, "| a | b |" table rows, "**x**" bold at a
 * line start, blank lines between paragraphs. Used to regenerate samples/*.docx
 * (scripts/make-samples) and to build DOCX inputs in tests.
 */
public final class MarkupDocx {
    private MarkupDocx() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MarkupDocx INPUT.md OUTPUT.docx");
            System.exit(2);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), out);
        }
    }

    public static byte[] toBytes(String markup) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(markup, out);
        return out.toByteArray();
    }

    public static void write(String markup, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            addHeadingStyle(styles, 1);
            addHeadingStyle(styles, 2);
            BigInteger bullets = bulletNumbering(doc);
            List<List<String>> table = new ArrayList<>();
            for (String line : markup.split("\n", -1)) {
                if (line.startsWith("|")) {
                    table.add(cells(line));
                    continue;
                }
                if (!table.isEmpty()) {
                    addTable(doc, table);
                    table.clear();
                }
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                String text = line;
                if (line.startsWith("## ")) {
                    p.setStyle("Heading2");
                    text = line.substring(3);
                } else if (line.startsWith("# ")) {
                    p.setStyle("Heading1");
                    text = line.substring(2);
                } else if (line.startsWith("- ")) {
                    p.setNumID(bullets);
                    p.setNumILvl(BigInteger.ZERO);
                    text = line.substring(2);
                }
                addRuns(p, text);
            }
            if (!table.isEmpty()) {
                addTable(doc, table);
            }
            doc.write(out);
        }
    }

    private static void addRuns(XWPFParagraph p, String text) {
        if (text.startsWith("**") && text.indexOf("**", 2) > 2) {
            int end = text.indexOf("**", 2);
            var bold = p.createRun();
            bold.setBold(true);
            bold.setText(text.substring(2, end));
            text = text.substring(end + 2);
        }
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static void addTable(XWPFDocument doc, List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < cols; c++) {
                String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                row.getCell(c).setText(v);
            }
        }
    }

    private static void addHeadingStyle(XWPFStyles styles, int level) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("Heading" + level);
        ct.addNewName().setVal("heading " + level);
        ct.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(ct));
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("•");
        lvl.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(absId);
    }
}
