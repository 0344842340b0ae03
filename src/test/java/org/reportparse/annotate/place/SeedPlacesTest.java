package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.annotate.Span;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.Labeled;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

/** The seed report's 13 places, with its sections built by hand from the seed text (a copy in samples/). */
class SeedPlacesTest {
    private static final Path SEED = Path.of("samples/oas-anti-trafficking-2005.txt");

    /** title, header line (or null), place label value (or null), start of the first body paragraph. */
    private record Part(String title, String header, String placeLabel, String body, SectionKind kind) {}

    private static final List<Part> PARTS = List.of(
            new Part("Anti-Trafficking in Persons: Regional Cooperation Seminar",
                    "Guatemala City, Guatemala, December 1-2, 2005", null, "On December 1 and 2", SectionKind.HEADED),
            new Part("Capacity Building Seminar in Bolivia",
                    "La Paz, Cochabamba and Trinidad, October 17-21, 2005 CIM/IOM", null, "The Inter-American", SectionKind.HEADED),
            new Part("Forum at the Mexican Senate", "Mexico, DF, October 17-19, 2005", null, "The Mexican Senate", SectionKind.HEADED),
            new Part("Seminar and Regional Forum on Trafficking in Persons in Guatemala and Central America",
                    "Guatemala City, Guatemala, September 13 and 14, 2005", null, "The OAS/CIM provided", SectionKind.HEADED),
            new Part("OAS/CIM Anti-Trafficking Seminar in Ecuador", "Quito, August 25-26, 2005", null,
                    "On August 25-26", SectionKind.HEADED),
            new Part("Workshop Seminars in Bolivia: Strategies", "La Paz, Bolivia, July 13-15, 2005", null,
                    "Extensive preparation", SectionKind.HEADED),
            new Part("OAS/CIM Anti-TIP Training Seminar in Lima, Peru", null, "Lima, Peru, April 28-29, 2005",
                    "The OAS/CIM partnered", SectionKind.HEADED),
            new Part("CIM/OAS/IOM Anti-TIP Training Seminar in Belize City", null, "Belize City, Belize, April 14-15, 2005",
                    "The OAS/CIM and the International", SectionKind.HEADED),
            new Part("Counter-Trafficking Project on Prevention", "Mexico, DF, March 15 and May 25, 2005", null,
                    "The IOM and CIM are implementing", SectionKind.HEADED),
            new Part("First Latin-American Congress of Police and Missing People.", "Santiago, Chile.", null,
                    "On October 19-21", SectionKind.BULLET),
            new Part("Key Migration Issues Workshop Series: International Trafficking in Human Beings.",
                    "New York, New York.", null, "On October 18", SectionKind.BULLET));

    private static final List<String> EXPECTED = List.of(
            "Guatemala City|GT", "La Paz|BO Cochabamba|BO Trinidad|BO", "Mexico City|MX", "Guatemala City|GT",
            "Quito|EC", "La Paz|BO", "Lima|PE", "Belize City|BZ", "Mexico City|MX", "Santiago|CL", "New York|US");

    @Test
    void allThirteenSeedPlacesAreExact() throws IOException {
        String text = Files.readString(SEED);
        List<Section> sections = sections(text);
        DocumentContext ctx = new DocumentContext(text, "en", ReportHeader.EMPTY, sections, null);
        List<String> got = new ArrayList<>();
        for (Section s : sections) {
            got.add(String.join(" ", Shared.FIELD.annotate(s, ctx).stream().map(p -> p.city() + "|" + p.countryCode()).toList()));
        }
        assertThat(got).containsExactlyElementsOf(EXPECTED);
        PlaceValue first = Shared.FIELD.annotate(sections.get(0), ctx).get(0);
        assertThat(first.text()).isEqualTo("Guatemala City, Guatemala");
        assertThat(first.span().of(text)).isEqualTo(first.text());
        assertThat(first.country()).isEqualTo("Guatemala");
    }

    private static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        int cursor = 0;
        for (Part p : PARTS) {
            Span title = find(text, p.title(), cursor);
            List<Span> header = p.header() == null ? List.of() : List.of(find(text, p.header(), title.end()));
            List<Labeled> labels = p.placeLabel() == null ? List.of()
                    : List.of(new Labeled("place", "Place:", find(text, p.placeLabel(), title.end())));
            Span bodyStart = find(text, p.body(), title.end());
            int lineEnd = text.indexOf('\n', bodyStart.start());
            Span body = new Span(bodyStart.start(), lineEnd < 0 ? text.length() : lineEnd);
            out.add(new Section(out.size(), new Span(title.start(), body.end()), title, p.kind(), labels, header, List.of(body)));
            cursor = body.end();
        }
        return out;
    }

    private static Span find(String text, String part, int from) {
        int at = text.indexOf(part, from);
        assertThat(at).as("seed text has %s", part).isGreaterThanOrEqualTo(0);
        return new Span(at, at + part.length());
    }
}
