package org.reportparse.annotate.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The find contract: absolute spans inside the region, text order, no overlaps, kinds and flags. */
class DateAnnotatorTest {
    private final DateAnnotator dates = DateAnnotator.shared();

    @Test
    void spansAreAbsoluteAndStayInsideTheRegion() {
        String text = "Intro 5 May 2009.\nLima, Peru, April 28-29, 2005\nThen 7 June 2010.";
        int from = text.indexOf("Lima");
        int to = text.indexOf("\nThen");
        List<DateMention> found = dates.find(text, from, to, "en");
        assertThat(found).hasSize(1);
        DateMention m = found.get(0);
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("April 28-29, 2005");
        assertThat(m.start().iso()).isEqualTo("2005-04-28");
        assertThat(m.end().iso()).isEqualTo("2005-04-29");
        assertThat(m.kind()).isEqualTo(DateMention.Kind.DAY);
    }

    @Test
    void aMonthAloneHeadingALineIsItsDate() {
        for (String line : List.of("es:Junio: Misión técnica a Medellín", "en:June – Study tour to Riga", "en:June")) {
            String t = line.substring(3);
            assertThat(dates.find(t, 0, t.length(), line.substring(0, 2))).singleElement()
                    .satisfies(m -> assertThat(m.start().iso()).isEqualTo("--06"));
        }
        String prose = "The mission left in June: a bus, then a plane. May: we hope so. Report of June";
        assertThat(dates.find(prose, 0, prose.length(), "en")).extracting(m -> m.start().iso()).containsExactly("--06");
    }

    @Test
    void mentionsComeInTextOrderWithoutOverlaps() {
        String text = "Originally planned for 10-12 March 2010, the workshop was postponed to 21-23 April and "
                + "reported in 2011; the OAS said today that it will meet next Tuesday.";
        List<DateMention> found = dates.find(text, 0, text.length(), "en");
        assertThat(found).extracting(m -> text.substring(m.span().start(), m.span().end()))
                .containsExactly("10-12 March 2010", "21-23 April", "2011", "today", "next Tuesday");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).span().start()).isGreaterThanOrEqualTo(found.get(i - 1).span().end());
        }
        assertThat(found).extracting(DateMention::kind).containsExactly(DateMention.Kind.DAY, DateMention.Kind.DAY,
                DateMention.Kind.YEAR, DateMention.Kind.RELATIVE, DateMention.Kind.RELATIVE);
        assertThat(found.get(1).start().hasYear()).isFalse();
    }

    @Test
    void aDayMonthAndYearJoinedByHyphensIsOneDay() {
        for (String t : List.of("Workshop held on 5-Mar-2019 in Lima", "Taller del 05-mar-2019", "Date: 05-MAR-19")) {
            assertThat(dates.find(t, 0, t.length(), t.startsWith("Taller") ? "es" : "en")).singleElement()
                    .satisfies(m -> assertThat(m.start().iso() + " " + m.end().iso()).isEqualTo("2019-03-05 2019-03-05"));
        }
        // a range of days before a month keeps its reading
        String range = "held 3-5 March 2019";
        assertThat(dates.find(range, 0, range.length(), "en")).singleElement()
                .satisfies(m -> assertThat(m.start().iso() + " " + m.end().iso()).isEqualTo("2019-03-03 2019-03-05"));
    }

    @Test
    void headerYearIsAYearMention() {
        String text = "ACTIVIDADES REALIZADAS EN 2008";
        List<DateMention> found = dates.find(text, 0, text.length(), "es");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(DateMention.Kind.YEAR);
            assertThat(m.start().iso()).isEqualTo("2008");
        });
    }

    @Test
    void ambiguousNumericDatesSayHowTheyWereRead() {
        String text = "04/03/2010 and 25/03/2010";
        List<DateMention> found = dates.find(text, 0, text.length(), "en");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).orderAmbiguous()).isTrue();
        assertThat(found.get(0).order()).isEqualTo(DateMention.Order.MONTH_FIRST);
        assertThat(found.get(0).swapped().start().iso()).isEqualTo("2010-03-04");
        assertThat(found.get(1).orderAmbiguous()).isFalse();
        assertThat(found.get(1).order()).isEqualTo(DateMention.Order.DAY_FIRST);
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        String text = "Lyon, 3 March 2010";
        assertThat(dates.find(text, 0, text.length(), "fr")).singleElement()
                .satisfies(m -> assertThat(m.start().iso()).isEqualTo("2010-03-03"));
    }

    @Test
    void aSpanishDateInAnEnglishReportIsStillRead() {
        String line = "Fecha: del 3 al 5 de marzo de 2008";
        List<DateMention> found = dates.find(line, 0, line.length(), "en");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.start().iso()).isEqualTo("2008-03-03");
            assertThat(d.end().iso()).isEqualTo("2008-03-05");
        });
        String english = "Date: 3-5 March 2008";
        assertThat(dates.find(english, 0, english.length(), "es")).singleElement()
                .satisfies(d -> assertThat(d.end().iso()).isEqualTo("2008-03-05"));
    }

    @Test
    void aRegionAskedForAgainGetsTheSameReadOnlyMentionsAndOtherRegionsTheirOwn() {
        String text = "Lima, Peru, April 28-29, 2005\nQuito, 3 May 2006";
        int cut = text.indexOf('\n');
        List<DateMention> first = dates.find(text, 0, cut, "en");
        assertThat(dates.find(text, 0, cut, "en")).isEqualTo(first);
        assertThat(dates.find(text, cut, text.length(), "en")).singleElement()
                .satisfies(d -> assertThat(d.start().iso()).isEqualTo("2006-05-03"));
        assertThat(dates.find(new String(text), 0, cut, "en")).isEqualTo(first);
        assertThatThrownBy(first::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecurringWeekdayIsNoDateOfItsOwn() {
        String en = "Every Wednesday in September 2013";
        assertThat(dates.find(en, 0, en.length(), "en")).extracting(m -> m.span().of(en)).containsExactly("September 2013");
        String es = "Cada miércoles de octubre de 2013";
        assertThat(dates.find(es, 0, es.length(), "es")).extracting(m -> m.span().of(es)).containsExactly("octubre de 2013");
    }
}
