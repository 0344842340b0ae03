package org.reportparse.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the benchmark's synthetic archive: invented activity reports of 2-30 KB, about a third
 * as DOCX and the rest as text, in nested folders (organization/year/quarter). Deterministic for
 * a given count and seed. Usage: BatchBenchArchive OUT_DIR [COUNT [SEED]]
 */
public final class BatchBenchArchive {
    private static final String[] TYPES = {"Workshop", "Seminar", "Training course", "Regional meeting",
        "Conference", "Technical mission", "Forum", "Round table"};
    private static final String[] TOPICS = {"border management", "trafficking in persons", "money laundering",
        "cybersecurity", "drug demand reduction", "electoral observation", "gender equality", "port security",
        "juvenile justice", "disaster risk reduction"};
    private static final String[] PLACES = {"Lima, Peru", "Bogota, Colombia", "Panama City, Panama",
        "San Salvador, El Salvador", "Kingston, Jamaica", "Quito, Ecuador", "Asuncion, Paraguay",
        "Santo Domingo, Dominican Republic", "Tegucigalpa, Honduras", "Montevideo, Uruguay", "Washington, D.C."};
    private static final String[] ORGS = {"the Organization of American States (OAS)",
        "the International Organization for Migration (IOM)", "the Inter-American Development Bank (IDB)",
        "the United Nations Office on Drugs and Crime (UNODC)", "the Ministry of Foreign Affairs",
        "the National Police", "the Office of the Attorney General", "the Government of Canada"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String FILLER = "Participants reviewed national legislation, exchanged good practices"
            + " and agreed on a plan of follow-up actions, including the preparation of a manual and a second"
            + " round of national consultations. ";

    private BatchBenchArchive() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 2005);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            int year = 2005 + random.nextInt(8);
            Path dir = out.resolve(String.format(Locale.ROOT, "org-%02d/%d/q%d", i % 12, year, 1 + random.nextInt(4)));
            Files.createDirectories(dir);
            List<String> paras = report(random, year, 2048 + random.nextInt(28 * 1024));
            Path file = dir.resolve(String.format(Locale.ROOT, "report-%05d.%s", i, i % 3 == 0 ? "docx" : "txt"));
            if (i % 3 == 0) {
                writeDocx(file, paras);
            } else {
                Files.writeString(file, String.join("\n\n", paras) + "\n", StandardCharsets.UTF_8);
            }
            bytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "%d reports, %.1f MB in %s%n", count, bytes / 1048576.0, out);
    }

    /** Paragraphs of one report, the first its title, until about targetChars of text. */
    static List<String> report(Random r, int year, int targetChars) {
        List<String> paras = new ArrayList<>();
        paras.add("Report on activities, " + MONTHS[r.nextInt(3)] + " to " + MONTHS[9 + r.nextInt(3)] + " " + year);
        int size = paras.get(0).length();
        while (size < targetChars) {
            String type = pick(r, TYPES);
            int month = r.nextInt(12);
            int day = 1 + r.nextInt(25);
            List<String> activity = List.of(
                    type + " on " + pick(r, TOPICS),
                    pick(r, PLACES) + ", " + MONTHS[month] + " " + day + "-" + (day + 1 + r.nextInt(3)) + ", " + year,
                    "The " + type.toLowerCase(Locale.ROOT) + " was organized by " + pick(r, ORGS) + " with the support of "
                            + pick(r, ORGS) + ". More than " + (10 + r.nextInt(190)) + " officials attended. "
                            + FILLER.repeat(1 + r.nextInt(4)));
            for (String p : activity) {
                paras.add(p);
                size += p.length() + 2;
            }
        }
        return paras;
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static void writeDocx(Path file, List<String> paras) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < paras.size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(paras.get(i));
                // Titles (the report's and each activity's) as bold lines, as word processors write them.
                if (i == 0 || (i - 1) % 3 == 0) {
                    run.setBold(true);
                    p.setAlignment(i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                }
            }
            doc.write(out);
        }
    }
}
