package org.reportparse.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.Parser;
import org.reportparse.annotate.Span;
import org.xml.sax.SAXException;

/**
 * Stage 1: bytes to {@link ExtractedDocument}. Plain text is decoded with Tika's encoding
 * detection and laid out by {@link PlainTextLayout}; everything else goes through Tika's parsers
 * and {@link StructureHandler}. Thread-safe; build once per process.
 */
public final class Extractor {
    /*
     * Tika's default configuration instantiates every parser on the class path (POI's OOXML and
     * spreadsheet classes among them), which costs more than a whole plain-text run. Each Tika
     * piece is therefore loaded on first use: the magic/glob registry for type detection, the
     * encoding detectors only for text that is not UTF-8, and the parsers only for a document
     * that is not plain text. Holder classes make each load lazy and thread-safe.
     */
    private static final class Types {
        static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();
    }

    private static final class Encodings {
        static final EncodingDetector DETECTOR = new DefaultEncodingDetector();
    }

    private static final class Parsers {
        static final Parser PARSER = secureParser();
        static final OfficeParserConfig OFFICE = new OfficeParserConfig();

        static {
            // Streams DOCX XML through SAX instead of building POI's object model of the whole
            // document: same structure events, a fraction of the time and memory.
            OFFICE.setUseSAXDocxExtractor(true);
        }

        /**
         * The parser with Tika's protections spelled out rather than left to defaults: output
         * ratio and size limits (zip bombs), element nesting depth and embedded package depth.
         * XML entity expansion is refused by Tika's and POI's own XML readers.
         */
        private static Parser secureParser() {
            AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
            AutoDetectParserConfig limits = new AutoDetectParserConfig();
            limits.setOutputThreshold(1_000_000);
            limits.setMaximumCompressionRatio(100);
            limits.setMaximumDepth(100);
            limits.setMaximumPackageEntryDepth(10);
            parser.setAutoDetectParserConfig(limits);
            return parser;
        }
    }

    public Extractor() {}

    /** Extracts a document from its bytes; name (a path or file name) helps type detection. */
    public ExtractedDocument extract(byte[] bytes, String name) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("empty file");
        }
        String sha256 = sha256(bytes);
        boolean plain = obviouslyPlainText(bytes, name);
        if (!plain && isZip(bytes)) {
            // A ZIP package (DOCX, ODT) is never text, and Tika's parser detects its exact type
            // itself: our own detection (a quarter of a DOCX's parse) would only word an error.
            TypeSource detected = () -> detect(bytes, name);
            return requireText(parse(bytes, name, detected, sha256), detected);
        }
        MediaType type = plain ? MediaType.TEXT_PLAIN : detect(bytes, name);
        ExtractedDocument doc;
        if (isPlainText(type)) {
            if (utf16WithoutBom(bytes) == null && looksBinary(bytes)) {
                throw new ExtractionException("binary file, not a text document");
            }
            String text = normalize(decode(bytes, name));
            doc = new ExtractedDocument(name, "text/plain", sha256, text, PlainTextLayout.blocks(text));
        } else {
            doc = parse(bytes, name, () -> type, sha256);
        }
        return requireText(doc, () -> type);
    }

    /** The detected type, asked for only where it is needed. */
    private interface TypeSource {
        MediaType get() throws ExtractionException;
    }

    private static ExtractedDocument requireText(ExtractedDocument doc, TypeSource type) throws ExtractionException {
        if (doc.text().isBlank()) {
            throw new ExtractionException("no text in document (" + type.get().getBaseType() + ")");
        }
        return doc;
    }

    private MediaType detect(byte[] bytes, String name) throws ExtractionException {
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Types.DETECTOR.detect(in, md);
        } catch (IOException e) {
            throw new ExtractionException("cannot detect the file type: " + e.getMessage(), e);
        }
    }

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "");

    /**
     * A .txt file (or one without an extension, or standard input) whose bytes are text and do not
     * open like markup or RTF is plain text: no need to load Tika's type registry, which costs more
     * than the rest of a one-file run. Everything else goes through Tika's detection.
     */
    static boolean obviouslyPlainText(byte[] bytes, String name) {
        String file = name == null ? "" : Path.of(name).getFileName() == null ? "" : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!TEXT_EXTENSIONS.contains(ext)) {
            return false;
        }
        Charset bom = bomCharset(bytes);
        if (bom != null && bom != StandardCharsets.UTF_8 || utf16WithoutBom(bytes) != null) {
            return true;
        }
        if (looksBinary(bytes)) {
            return false;
        }
        int i = bom == null ? 0 : 3;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i == bytes.length || MARKUP_OPENERS.indexOf(bytes[i]) < 0;
    }

    /** First characters of HTML/XML, RTF and PDF, which Tika's detection must see. */
    private static final String MARKUP_OPENERS = "<{%";

    private static boolean isPlainText(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/plain") || (base.startsWith("text/") && !base.equals("text/html")
                && !base.equals("text/rtf") && !base.equals("text/xml"));
    }

    /** NUL bytes outside UTF-16 text, or many control characters, mean the file is not text. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16Bom = n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        int nul = 0;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        if (nul > 0 && !utf16Bom && nul < n / 3) {
            return true;   // UTF-16 without BOM has NULs in about half the bytes
        }
        return control > n / 20;
    }

    /**
     * Decodes text: a BOM wins; then strict UTF-8 (valid multi-byte UTF-8 is almost never another
     * encoding by accident, while statistical detectors misjudge short mostly-ASCII texts); then
     * UTF-16 without BOM by its NUL pattern; then Tika's statistical detection (Windows-1252 and kin).
     */
    private String decode(byte[] bytes, String name) throws ExtractionException {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16);
        }
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        Charset charset;
        try (InputStream in = TikaInputStream.get(bytes)) {
            charset = Encodings.DETECTOR.detect(in, md);
        } catch (IOException e) {
            throw new ExtractionException("cannot detect the text encoding: " + e.getMessage(), e);
        }
        // Text that is not UTF-8 is most often Windows-1252, the superset of Latin-1 for text.
        if (charset == null || charset.name().equals("ISO-8859-1") || charset.name().equals("US-ASCII")) {
            charset = Charset.forName("windows-1252");
        }
        return new String(bytes, charset);
    }

    /**
     * A web page's encoding: a BOM; then UTF-8 when the bytes are valid UTF-8 beyond ASCII (as for text files);
     * then the page's own declaration ({@code <meta charset>}); then Tika's statistical guess. Tika's default
     * detectors guess first and never read the declaration: a UTF-8 page with a few accented letters
     * ("Secretaría", "reunió") was read as GB18030, its accents as Chinese characters.
     */
    static EncodingDetector htmlEncoding(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        Charset known = bom != null ? bom : !isAscii(bytes) && strictUtf8(bytes) != null ? StandardCharsets.UTF_8 : null;
        if (known != null) {
            return (in, md) -> known;
        }
        return new CompositeEncodingDetector(List.of(new HtmlEncodingDetector(), Encodings.DETECTOR));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String strictUtf8(byte[] bytes) {
        // String's own decoding is much faster and replaces each malformed sequence with U+FFFD: without one
        // in its result the bytes were valid UTF-8 and it is the strict result; with one, the decoder decides.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** ASCII-range text in UTF-16 has a NUL in every other byte: even positions for BE, odd for LE. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length - b.length % 2, 4096);
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Line ends become \n so offsets do not depend on the platform that wrote the file. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    }

    private ExtractedDocument parse(byte[] bytes, String name, TypeSource type, String sha256)
            throws ExtractionException {
        if (isZip(bytes) && !hasZipDirectory(bytes)) {
            // Tika's streaming ZIP reader would return the entries before the cut without complaint.
            throw new ExtractionException("truncated or corrupt file: its ZIP container has no central directory ("
                    + describe(type.get()) + ")");
        }
        Metadata md = new Metadata();
        if (name != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        List<byte[]> noteParts = new ArrayList<>();
        List<byte[]> documentPart = new ArrayList<>();
        if (isZip(bytes)) {
            requireSaneZip(bytes, noteParts, documentPart);
        }
        if (!isZip(bytes) && "application/pdf".equals(type.get().getBaseType().toString())) {
            return pdf(bytes, name, sha256);
        }
        boolean html = type.get().getBaseType().toString().contains("html");
        StructureHandler parsed = new StructureHandler(!html,
                documentPart.isEmpty() ? List.of() : DocxMergedCells.tables(documentPart.get(0)));
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, Parsers.OFFICE);
        if (html) {
            context.set(HtmlMapper.class, PageChrome.MAPPER); // a web page's menus and footer are no report text
            context.set(EncodingDetector.class, htmlEncoding(bytes));
        }
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            PageChrome.Filter chrome = html ? PageChrome.filter(parsed) : null;
            Parsers.PARSER.parse(in, html ? chrome : parsed, md, context);
            if (html && chrome.droppedMost()) {
                // the names were a theme's layout on the page's content ("content with-sidebar"): read it all
                parsed = new StructureHandler(false);
                Parsers.PARSER.parse(new ByteArrayInputStream(bytes), parsed, new Metadata(), context);
            }
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("encrypted document (" + type.get().getBaseType() + ")", e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException("empty file", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            throw new ExtractionException("cannot read as " + describe(type.get()) + ": " + rootMessage(e), e);
        }
        StructureHandler handler = parsed;
        String mediaType = md.get(Metadata.CONTENT_TYPE);
        if (mediaType == null) {
            mediaType = type.get().getBaseType().toString();
        }
        if (mediaType.startsWith("application/octet-stream")) {
            throw new ExtractionException("not a document type reportparse reads (binary data)");
        }
        List<Block> blocks = handler.blocks().stream().map(b -> asListItem(b, handler.text())).toList();
        String text = handler.text();
        if (!noteParts.isEmpty()) {
            // footnotes, comments and page footers written after the body belong to no activity (DocxNotes)
            int keep = DocxNotes.bodyBlocks(text, blocks, DocxNotes.paragraphs(noteParts));
            if (keep < blocks.size()) {
                text = text.substring(0, blocks.get(keep).span().start());
                blocks = blocks.subList(0, keep);
            }
        }
        return new ExtractedDocument(name, MediaType.parse(mediaType).getBaseType().toString(), sha256,
                text, blocks);
    }

    /** A PDF's text is lines on pages, read with their columns (PdfLayout) and laid out as a text file's. */
    private static ExtractedDocument pdf(byte[] bytes, String name, String sha256) throws ExtractionException {
        PdfText pdfText = new PdfText();
        try {
            PdfLayout.read(bytes, pdfText);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted document (application/pdf)", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("cannot read as PDF: " + rootMessage(e), e);
        }
        String text = normalize(pdfText.text());
        return new ExtractedDocument(name, "application/pdf", sha256, text, PlainTextLayout.blocks(text));
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** A complete ZIP file ends with an end-of-central-directory record (PK 5 6) in its last 64 KiB. */
    private static boolean hasZipDirectory(byte[] b) {
        int stop = Math.max(0, b.length - 22 - 65535);
        for (int i = b.length - 22; i >= stop; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** Inflated bytes beyond which a ZIP package (DOCX, ODT) that also expands more than 100-fold is a zip bomb. */
    private static final long ZIP_INFLATED_LIMIT = 64L << 20;
    private static final long ZIP_RATIO_LIMIT = 100;

    /**
     * Office packages are ZIP files whose parsers load whole parts into memory before Tika's
     * output limits see a character, so a highly compressed part can take gigabytes and minutes.
     * Counting the bytes each entry really inflates to (not what its header claims) rejects such
     * a file first, at the cost of one extra inflate of a normal document (milliseconds).
     */
    private static void requireSaneZip(byte[] bytes, List<byte[]> noteParts, List<byte[]> documentPart)
            throws ExtractionException {
        long limit = Math.max(ZIP_INFLATED_LIMIT, bytes.length * ZIP_RATIO_LIMIT);
        long inflated = 0;
        byte[] buf = new byte[65536];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                // the same pass keeps the parts whose text Tika writes after the body (DocxNotes)
                // and the body, whose tables' merged cells Tika leaves out (DocxMergedCells)
                boolean keep = DocxNotes.isNotePart(e.getName()) || DocxMergedCells.isPart(e.getName());
                ByteArrayOutputStream part = keep ? new ByteArrayOutputStream() : null;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    if (part != null) {
                        part.write(buf, 0, n);
                    }
                    inflated += n;
                    if (inflated > limit && inflated > bytes.length * ZIP_RATIO_LIMIT) {
                        throw new ExtractionException("zip bomb: the package expands more than "
                                + ZIP_RATIO_LIMIT + "-fold, beyond " + (limit >> 20) + " MB");
                    }
                }
                if (part != null) {
                    (DocxMergedCells.isPart(e.getName()) ? documentPart : noteParts).add(part.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged package is left to the parser, which names the damage better.
        }
    }

    /** Word processors often write a bullet as a paragraph starting with its marker ("· Dates: ..."). */
    private static Block asListItem(Block b, String text) {
        if (b.kind() != BlockKind.PARAGRAPH) {
            return b;
        }
        int marker = PlainTextLayout.markerLength(b.span().of(text));
        if (marker == 0 || marker >= b.span().length()) {
            return b;
        }
        return new Block(BlockKind.LIST_ITEM, new Span(b.span().start() + marker, b.span().end()),
                1, -1, -1, -1, b.emphasis());
    }

    private static String describe(MediaType type) {
        return switch (type.getBaseType().toString()) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/x-tika-ooxml", "application/zip" -> "a ZIP/Office file";
            case "application/pdf" -> "PDF";
            case "application/octet-stream" -> "a document (unrecognized binary data)";
            default -> type.getBaseType().toString();
        };
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replaceAll("\\s+", " ").strip();
    }

    /** One digest per worker thread: getInstance looks the provider up on every call (8% of plain-text extraction). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes)); // digest() resets it for the next document
    }

}
