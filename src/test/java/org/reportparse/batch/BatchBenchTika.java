package org.reportparse.batch;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: plain Tika text extraction (AutoDetectParser, text to a discarded
 * string) of every .txt and .docx under a folder, on N threads sharing one parser, with the Tika
 * settings reportparse uses (SAX DOCX extractor), so the ratio measures reportparse's own work.
 * Usage: BatchBenchTika DIR [THREADS [dom]] ("dom": Tika's default DOCX extractor instead)
 */
public final class BatchBenchTika {
    private BatchBenchTika() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".docx")).sorted().toList();
        }
        Parser parser = new AutoDetectParser();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(!(args.length > 2 && args[2].equals("dom")));
        AtomicLong chars = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
                BodyContentHandler text = new BodyContentHandler(-1);
                try (InputStream in = TikaInputStream.get(f)) {
                    ParseContext context = new ParseContext();
                    context.set(OfficeParserConfig.class, office);
                    parser.parse(in, text, new Metadata(), context);
                    chars.addAndGet(text.toString().length());
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                return null;
            })).toList();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf(Locale.ROOT, "%d files, %d characters, %d failed%n", files.size(), chars.get(), failed.get());
    }
}
