package org.reportparse.annotate.date;

import org.reportparse.annotate.TestDoc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.model.DateValue;
import org.reportparse.segment.SectionKind;

/** DateField's choice of the activity's date and its year inference, on sections laid out by hand. */
class DateFieldTest {
    private final DateField field = new DateField(DateAnnotator.shared());

    private DateValue date(TestDoc doc, int section) {
        DocumentContext ctx = doc.context();
        return field.annotate(doc.get(section), ctx);
    }

    private static String range(DateValue v) {
        return v == null ? "null" : v.start() + " " + v.end();
    }

    @Test
    void headerLineWithoutYearTakesTheReportPeriod() {
        TestDoc doc = new TestDoc().line("Activities").line("April-December 2005").period("2005-04", "2005-12")
                .section(SectionKind.HEADED).title("Seminar in Ecuador").header("Quito, August 25-26")
                .body("On August 25-26, the OAS convened a seminar in Quito.");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2005-08-25 2005-08-26");
        assertThat(v.text()).isEqualTo("August 25-26");
        assertThat(v.days()).isNull();
    }

    @Test
    void theLineDatingANewsItemGivesTheYearOfItsDates() {
        // two items of a news page, each with its "Published on" line and no other year
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Partners meet in Accra")
                .label("ignore", "Published on", "5 January 2022")
                .body("Partners met on 28 December at a hotel in Accra for an annual review.")
                .section(SectionKind.HEADED).title("Refresher course")
                .label("ignore", "Posted", "20 September 2021")
                .body("A refresher course was held from 13 to 15 September.");
        assertThat(range(date(doc, 0))).isEqualTo("2021-12-28 2021-12-28"); // the nearer year, not the posting's
        assertThat(range(date(doc, 1))).isEqualTo("2021-09-13 2021-09-15");
    }

    @Test
    void headerLineBeatsBodyDates() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Workshop Seminars in Bolivia")
                .header("La Paz, Bolivia, July 13-15, 2005")
                .body("Extensive preparation took place in April, May and June 2005. The training took place July 13-15.");
        assertThat(range(date(doc, 0))).isEqualTo("2005-07-13 2005-07-15");
    }

    @Test
    void aMonthIsRefinedByTheDaysItsSentenceGivesWithinIt() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Study visits")
                .body("In April 2016, two study visits were organized for prosecutors: to Riga, Latvia (11-13 April)"
                        + " and to Vilnius, Lithuania (14-15 April). The visits were funded by the European Union.");
        assertThat(range(date(doc, 0))).isEqualTo("2016-04-11 2016-04-15");
        TestDoc other = new TestDoc().section(SectionKind.HEADED).title("Campaign")
                .body("In April 2016, the campaign reached 40 schools; a first report was issued on 3 May.");
        assertThat(range(date(other, 0))).isEqualTo("2016-04 2016-04"); // a day of another month refines nothing
    }

    @Test
    void daysInBracketsAfterTheStopsOfATourAreItsDays() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Roadshow")
                .body("The roadshow visited Lima (3 May 2017), Cusco (5 May) and Arequipa (7 May), reaching 450 students.");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2017-05-03 2017-05-07");
        assertThat(v.days()).containsExactly("2017-05-03", "2017-05-05", "2017-05-07");
    }

    @Test
    void datesListedInBracketsOrBetweenSemicolonsAreOneSeries() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Nutrition camps")
                .label("date", "Dates:", "[10-12 April 2017], [24-26 April 2017] and [15-17 May 2017]").end();
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2017-04-10 2017-05-17");
        assertThat(v.days()).hasSize(9).startsWith("2017-04-10").endsWith("2017-05-17");
        TestDoc semicolons = new TestDoc().section(SectionKind.HEADED).title("Camps")
                .label("date", "Dates:", "10-12 April 2017; 24-26 April 2017").end();
        assertThat(range(date(semicolons, 0))).isEqualTo("2017-04-10 2017-04-26");
        // words between: no series ("postponed to")
        TestDoc moved = new TestDoc().section(SectionKind.HEADED).title("Camp")
                .label("date", "Dates:", "10-12 April 2017, postponed to 24-26 April 2017").end();
        assertThat(range(date(moved, 0))).isEqualTo("2017-04-10 2017-04-12");
    }

    @Test
    void eachPlaceOfAListWithItsOwnDaysWidensTheDate() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Provincial consultations")
                .body("The team held consultations in Auki (Malaita Province) from 17th to 19th July 2018 and in Gizo"
                        + " (Western Province) on 2nd and 3rd August 2018. A total of 120 community members attended.");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2018-07-17 2018-08-03");
        assertThat(v.days()).containsExactly("2018-07-17", "2018-07-18", "2018-07-19", "2018-08-02", "2018-08-03");
        TestDoc camps = new TestDoc().section(SectionKind.HEADED).title("Leadership camps")
                .body("Camps were held in Castries, Saint Lucia (July 9-13, 2018) and Kingstown, St Vincent (July 23-27).");
        assertThat(range(date(camps, 0))).isEqualTo("2018-07-09 2018-07-27");
        // no name between: another fact of the same sentence, not another place's days
        TestDoc report = new TestDoc().section(SectionKind.HEADED).title("Workshop")
                .body("The workshop was held on 3 May 2018 and its report was shared on 20 May 2018.");
        assertThat(range(date(report, 0))).isEqualTo("2018-05-03 2018-05-03");
    }

    @Test
    void spanishLabelRange() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.FORM).title("Taller Nacional")
                .label("place", "Lugar:", "Managua, Nicaragua").label("date", "Fecha:", "del 3 al 5 de marzo de 2008");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2008-03-03 2008-03-05");
        assertThat(v.text()).isEqualTo("del 3 al 5 de marzo de 2008");
    }

    @Test
    void spanishDayListTakesReportYear() {
        TestDoc doc = new TestDoc().language("es").line("ACTIVIDADES REALIZADAS EN 2008").period("2008", "2008")
                .section(SectionKind.FORM).title("Seminario").label("date", "Fecha:", "15 y 16 de septiembre");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2008-09-15 2008-09-16");
        assertThat(v.days()).containsExactly("2008-09-15", "2008-09-16");
    }

    @Test
    void monthFirstNumericHeader() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).header("03/09/2009 - 03/13/2009").title("CSIRT Course")
                .section(SectionKind.HEADED).header("04/07/2009").title("Tabletop exercise");
        assertThat(range(date(doc, 0))).isEqualTo("2009-03-09 2009-03-13");
        assertThat(range(date(doc, 1))).isEqualTo("2009-04-07 2009-04-07");
    }

    @Test
    void dayFirstNumericDocumentDecidesAmbiguousDates() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).header("25.01.2010 - 27.01.2010").title("Training")
                .section(SectionKind.HEADED).header("04.03.2010").title("Round table");
        assertThat(range(date(doc, 0))).isEqualTo("2010-01-25 2010-01-27");
        DocumentContext ctx = doc.context();
        assertThat(range(field.annotate(doc.get(1), ctx))).isEqualTo("2010-03-04 2010-03-04");
        assertThat(ctx.warnings()).isEmpty();
    }

    @Test
    void ambiguousNumericWithoutEvidenceWarnsAndReadsMonthFirstInEnglish() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).header("04/03/2010").title("Round table");
        DocumentContext ctx = doc.context();
        assertThat(range(field.annotate(doc.get(0), ctx))).isEqualTo("2010-04-03 2010-04-03");
        assertThat(ctx.warnings()).anyMatch(w -> w.contains("04/03/2010"));
    }

    @Test
    void aRangeThatLastsDaysOneWayAndMonthsTheOtherSettlesTheOrder() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).header("05/03/2012 - 07/03/2012").title("Seminar")
                .section(SectionKind.HEADED).header("04/06/2012").title("Round table");
        DocumentContext ctx = doc.context();
        assertThat(range(field.annotate(doc.get(0), ctx))).isEqualTo("2012-03-05 2012-03-07");
        assertThat(range(field.annotate(doc.get(1), ctx))).isEqualTo("2012-06-04 2012-06-04");
        assertThat(ctx.warnings()).isEmpty();
    }

    @Test
    void datesWrittenDayFirstInWordsSettleTheNumericOrder() {
        TestDoc dayFirst = new TestDoc().section(SectionKind.HEADED).header("4 Oct 2017").title("Launch")
                .section(SectionKind.HEADED).header("11/12/2017").title("March");
        DocumentContext ctx = dayFirst.context();
        assertThat(range(field.annotate(dayFirst.get(1), ctx))).isEqualTo("2017-12-11 2017-12-11");
        assertThat(ctx.warnings()).isEmpty();
        TestDoc monthFirst = new TestDoc().section(SectionKind.HEADED).header("October 4th, 2017").title("Launch")
                .section(SectionKind.HEADED).header("11/12/2017").title("March");
        assertThat(range(date(monthFirst, 1))).isEqualTo("2017-11-12 2017-11-12");
    }

    @Test
    void aNumericReadingInsideTheReportsPeriodBeatsOneOutsideIt() {
        TestDoc doc = new TestDoc().period("2014-01", "2014-06")
                .section(SectionKind.HEADED).header("May 26th-30th 2014").title("Training")
                .section(SectionKind.HEADED).header("12.05.2014").title("Validation workshop");
        assertThat(range(date(doc, 1))).isEqualTo("2014-05-12 2014-05-12");
    }

    @Test
    void theWrittenOrderOfADateInWords() {
        assertThat(NumericOrder.writtenOrder("1-2 December 2005")).isEqualTo(DateMention.Order.DAY_FIRST);
        assertThat(NumericOrder.writtenOrder("15 y 16 de abril de 2013")).isEqualTo(DateMention.Order.DAY_FIRST);
        assertThat(NumericOrder.writtenOrder("December 1-2, 2005")).isEqualTo(DateMention.Order.MONTH_FIRST);
        assertThat(NumericOrder.writtenOrder("Oct. 4th, 2017")).isEqualTo(DateMention.Order.MONTH_FIRST);
        assertThat(NumericOrder.writtenOrder("the 4th of October")).isEqualTo(DateMention.Order.DAY_FIRST);
        assertThat(NumericOrder.writtenOrder("2014-06-03 to 2014-06-05")).isEqualTo(DateMention.Order.NONE);
    }

    @Test
    void spanishRangeConnectorInAnEnglishDocument() {
        TestDoc doc = new TestDoc().section(SectionKind.FORM).title("Regional Seminar")
                .label("date", "Fecha:", "14/03/2012 al 16/03/2012");
        assertThat(range(date(doc, 0))).isEqualTo("2012-03-14 2012-03-16");
    }

    @Test
    void postponementInHeaderIsNotTheDate() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED)
                .header("06.12.2010 – 07.12.2010 (postponed from 15.11.2010 – 16.11.2010)").title("Final Conference");
        assertThat(range(date(doc, 0))).isEqualTo("2010-12-06 2010-12-07");
    }

    @Test
    void tableCellWithAbbreviatedMonth() {
        TestDoc doc = new TestDoc().section(SectionKind.TABLE_ROW).label("date", "Date", "17–19 Jan 2011")
                .label("title", "Activity", "Training of health workers");
        assertThat(range(date(doc, 0))).isEqualTo("2011-01-17 2011-01-19");
    }

    @Test
    void pressReleaseTodayWithDurationAndDateline() {
        TestDoc doc = new TestDoc().line("OAS Opens Regional Course")
                .section(SectionKind.WHOLE_DOCUMENT)
                .body("Washington, D.C., March 3, 2011 — The OAS today began a two-day regional course in San Salvador. "
                        + "The Charter, adopted on September 11, 2001, calls on states to act.");
        doc.dateline("Washington, D.C., March 3, 2011", "2011-03-03");
        assertThat(range(date(doc, 0))).isEqualTo("2011-03-03 2011-03-04");
    }

    @Test
    void spanishPressReleaseTodayUntilTomorrow() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Asunción, Paraguay, 1 de julio de 2010 – La OEA inauguró hoy, 1 de julio, en esta capital el Taller "
                        + "Subregional, que se extenderá hasta mañana y reúne a sesenta funcionarios.");
        doc.dateline("Asunción, Paraguay, 1 de julio de 2010", "2010-07-01");
        assertThat(range(date(doc, 0))).isEqualTo("2010-07-01 2010-07-02");
    }

    @Test
    void aLaterSentenceSayingTheActivityRunsUntilADayEndsItThere() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Pucallpa, 5 de junio de 2019. El Ministerio inició hoy en Pucallpa un curso para 35 guardaparques. "
                        + "La capacitación, que se extenderá hasta el 7 de junio, cuenta con el apoyo de la SZF.");
        doc.dateline("Pucallpa, 5 de junio de 2019", "2019-06-05");
        assertThat(range(date(doc, 0))).isEqualTo("2019-06-05 2019-06-07");
        // a bare "until" there may end something else than the activity
        TestDoc other = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("NAIROBI, 5 June 2019 - The Ministry opened a course for 35 rangers today. Registration is open until 30 June.");
        other.dateline("NAIROBI, 5 June 2019", "2019-06-05");
        assertThat(range(date(other, 0))).isEqualTo("2019-06-05 2019-06-05");
    }

    @Test
    void aCourseCompletedTodayEndsToday() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("BRIDGETOWN, Barbados, September 18, 2019 — Twenty-two journalists completed a three-day training "
                        + "in climate reporting today. The course was funded by the European Union.");
        doc.dateline("BRIDGETOWN, Barbados, September 18, 2019", "2019-09-18");
        assertThat(range(date(doc, 0))).isEqualTo("2019-09-16 2019-09-18");
    }

    @Test
    void aRelativePeriodIsNarrowedToTheDaysGivenInsideIt() {
        TestDoc doc = new TestDoc().line("Network newsletter").line("Suva, 15 March 2018")
                .section(SectionKind.HEADED).title("Community dialogue")
                .body("This week the mobile team facilitated a community dialogue in Labasa. Around 70 villagers "
                        + "joined the two sessions on 12 and 13 March.")
                .section(SectionKind.HEADED).title("Partners' forum")
                .body("Last month, on 20 February, the Network held its annual forum in Nadi.")
                .section(SectionKind.HEADED).title("Outreach")
                .body("This week the team visited schools. A report is due on 30 March.");
        doc.dateline("Suva, 15 March 2018", "2018-03-15");
        assertThat(range(date(doc, 0))).isEqualTo("2018-03-12 2018-03-13");
        assertThat(range(date(doc, 1))).isEqualTo("2018-02-20 2018-02-20");
        assertThat(range(date(doc, 2))).isEqualTo("2018-03-12 2018-03-18"); // a day outside the week is none of it
    }

    @Test
    void theWeekOfADayRunsFromThatDayToItsFriday() {
        // a reader records a meeting "in the week of" Monday 10 September as its working week, 10-14
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Youth camp")
                .body("The youth leadership camp took place over the week of 8 January 2018 in Sigatoka.")
                .section(SectionKind.HEADED).title("Workshop")
                .body("The workshop was held on 8 January 2018, a week after the launch.")
                .section(SectionKind.HEADED).title("Heads of Fisheries meeting")
                .body("Nuku'alofa, Tonga, week of 10 September 2018. Representatives of 14 countries met.")
                .section(SectionKind.HEADED).title("Census workshop")
                .body("The workshop was held in the week of Wednesday 12 September 2018.")
                .section(SectionKind.HEADED).title("Retreat")
                .body("The retreat took place the week of Friday 14 September 2018.");
        assertThat(range(date(doc, 0))).isEqualTo("2018-01-08 2018-01-12");
        assertThat(range(date(doc, 1))).isEqualTo("2018-01-08 2018-01-08");
        assertThat(range(date(doc, 2))).isEqualTo("2018-09-10 2018-09-14");
        assertThat(range(date(doc, 3))).isEqualTo("2018-09-12 2018-09-14");
        assertThat(range(date(doc, 4))).isEqualTo("2018-09-14 2018-09-20"); // from a Friday: the seven days
        TestDoc es = new TestDoc().language("es").section(SectionKind.HEADED).title("Campamento")
                .body("El campamento se realizó la semana del 8 de enero de 2018.");
        assertThat(range(date(es, 0))).isEqualTo("2018-01-08 2018-01-12");
    }

    @Test
    void aDatelineOpeningOneItemOfABulletinDatesThatItem() {
        // the header took the first item's "Guayaquil, 23 de noviembre de 2018." for a release's dateline
        TestDoc doc = new TestDoc().language("es").line("Boletín institucional – noviembre de 2018")
                .section(SectionKind.HEADED).title("FERIA DE EDUCACIÓN FINANCIERA EN GUAYAQUIL")
                .body("Guayaquil, 23 de noviembre de 2018. La Superintendencia realizó la feria en el Malecón.")
                .section(SectionKind.HEADED).title("CAPACITACIÓN A DOCENTES RURALES")
                .body("Los días 6 y 7 de noviembre de 2018, en Riobamba, el Ministerio capacitó a 80 docentes.")
                .dateline("23 de noviembre de 2018", "2018-11-23");
        assertThat(range(date(doc, 0))).isEqualTo("2018-11-23 2018-11-23");
        assertThat(range(date(doc, 1))).isEqualTo("2018-11-06 2018-11-07");
        // a release, one activity: its dateline is when it was issued, not when the activity was held
        TestDoc release = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Freetown, 20 November 2017 – The Ministry has completed two regional workshops.")
                .dateline("20 November 2017", "2017-11-20");
        assertThat(range(date(release, 0))).isEqualTo("null");
    }

    @Test
    void anActivityOngoingSinceAMonthIsDatedByItButAHistorySinceIsNot() {
        TestDoc doc = new TestDoc().section(SectionKind.TABLE_ROW).title("Women's savings groups coaching")
                .body("Ongoing since Oct 2019 in the Maradi region, with 300 women.")
                .section(SectionKind.HEADED).title("Cursos en línea")
                .body("El curso virtual está en curso desde marzo de 2020, con 400 inscritos.")
                .section(SectionKind.HEADED).title("Network meeting")
                .body("The network, active since March 2015, met in Lima.");
        assertThat(range(date(doc, 0))).isEqualTo("2019-10 2019-10");
        assertThat(range(date(doc, 1))).isEqualTo("2020-03 2020-03");
        assertThat(range(date(doc, 2))).isEqualTo("null");
    }

    @Test
    void todayThenAnEndingVerbEndsToday() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("NAIROBI, Kenya, 5 June 2018 – The African Union Commission and UNEP today closed a three-day "
                        + "high-level dialogue on plastic pollution in Nairobi.");
        doc.dateline("NAIROBI, Kenya, 5 June 2018", "2018-06-05");
        assertThat(range(date(doc, 0))).isEqualTo("2018-06-03 2018-06-05");
    }

    @Test
    void concludedTodayAndBegunTheDayBeforeYesterday() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Quito, 12 de mayo de 2017 – Con 40 técnicos concluyó hoy el Taller Regional, que se inició anteayer "
                        + "en la sede de la Comunidad Andina.");
        doc.dateline("Quito, 12 de mayo de 2017", "2017-05-12");
        assertThat(range(date(doc, 0))).isEqualTo("2017-05-10 2017-05-12");
    }

    @Test
    void concludedTodayAndBegunOnADayToldInTheNextParagraph() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Ciudad de Panamá, 14 de marzo de 2019.- Con la participación de 38 especialistas, concluyó hoy el"
                        + " taller regional sobre estadísticas de género.")
                .body("El taller, que se inició el lunes 11 de marzo, abordó la medición del uso del tiempo.");
        doc.dateline("Ciudad de Panamá, 14 de marzo de 2019", "2019-03-14");
        assertThat(range(date(doc, 0))).isEqualTo("2019-03-11 2019-03-14");
    }

    @Test
    void aRangeInTheOpeningThatHoldsTheDayOfTodayIsTheActivitysDate() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Suva, Fiji - 21 March 2019 - Twenty-two officers graduated today from the Academy.")
                .body("The course, held at the University from 11 to 21 March, covered fisheries law. The programme "
                        + "runs from 1 January to 30 June 2019.");
        doc.dateline("Suva, Fiji - 21 March 2019", "2019-03-21");
        assertThat(range(date(doc, 0))).isEqualTo("2019-03-11 2019-03-21");
    }

    @Test
    void aRangeThatEndedJustBeforeTodayInTheSameSentenceIsTheActivitysDate() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Ciudad de Guatemala, 07/03/2018 – La OIM clausuró hoy un ciclo de talleres realizados en Houston y "
                        + "Los Ángeles entre el 20 de febrero y el 6 de marzo.");
        doc.dateline("Ciudad de Guatemala, 07/03/2018", "2018-03-07");
        assertThat(range(date(doc, 0))).isEqualTo("2018-02-20 2018-03-06");
    }

    @Test
    void weekdaysInAReleaseAreTheLastSuchDaysBeforeItsDate() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("WASHINGTON, D.C., March 5, 2015 — Electoral authorities concluded on Wednesday a three-day workshop "
                        + "organized by the OAS. Some 45 officials took part in the workshop, which began on Monday.");
        doc.dateline("WASHINGTON, D.C., March 5, 2015", "2015-03-05");
        assertThat(range(date(doc, 0))).isEqualTo("2015-03-02 2015-03-04");
        TestDoc es = new TestDoc().language("es").section(SectionKind.WHOLE_DOCUMENT)
                .body("Lima, 6 de junio de 2014 – Funcionarios de diez países clausuraron el miércoles el taller regional,"
                        + " organizado por la CAN, que se inició el lunes.");
        es.dateline("Lima, 6 de junio de 2014", "2014-06-06");
        assertThat(range(date(es, 0))).isEqualTo("2014-06-02 2014-06-04");
    }

    @Test
    void aProgrammesPeriodHoldingTheDayIsNoActivityDate() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Suva, Fiji - 21 March 2019 - Twenty-two officers graduated today from the Academy.")
                .body("The programme runs from 1 March to 30 June 2019.");
        doc.dateline("Suva, Fiji - 21 March 2019", "2019-03-21");
        assertThat(range(date(doc, 0))).isEqualTo("2019-03-21 2019-03-21");
    }

    @Test
    void earlierThisYearIsNoDateWhenTheSentenceGivesDays() {
        TestDoc doc = new TestDoc().line("Suva, Fiji - 21 March 2019").section(SectionKind.HEADED)
                .body("Earlier this year, the Academy organized a regional dialogue in Tonga (4-5 February 2019).");
        doc.dateline("Suva, Fiji - 21 March 2019", "2019-03-21");
        assertThat(range(date(doc, 0))).isEqualTo("2019-02-04 2019-02-05");
    }

    @Test
    void announcementDateIsNotTheEvent() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Washington, D.C., April 27, 2011 — The CIM announced today that the Forum will take place on "
                        + "May 4 and 5 in the Honduran capital.");
        doc.dateline("Washington, D.C., April 27, 2011", "2011-04-27");
        assertThat(range(date(doc, 0))).isEqualTo("2011-05-04 2011-05-05");
    }

    @Test
    void originallyPlannedDateIsSkipped() {
        TestDoc doc = new TestDoc().period("2010-01", "2010-06").section(SectionKind.HEADED)
                .title("Workshop on municipal services")
                .body("Originally planned for 10-12 March, the workshop was postponed to 21-23 April because of elections.");
        assertThat(range(date(doc, 0))).isEqualTo("2010-04-21 2010-04-23");
    }

    @Test
    void bulletBodyDateWithYearFromPeriod() {
        TestDoc doc = new TestDoc().period("2005-04", "2005-12").section(SectionKind.BULLET)
                .title("First Latin-American Congress of Police").header("Santiago, Chile.")
                .body("On October 19-21, CIM/OAS was invited to participate in the seminar.");
        assertThat(range(date(doc, 0))).isEqualTo("2005-10-19 2005-10-21");
    }

    @Test
    void twoSeparateDaysGiveStartEndAndDays() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Counter-Trafficking Project")
                .header("Mexico, DF, March 15 and May 25, 2005");
        DateValue v = date(doc, 0);
        assertThat(range(v)).isEqualTo("2005-03-15 2005-05-25");
        assertThat(v.days()).containsExactly("2005-03-15", "2005-05-25");
    }

    @Test
    void listedDaysAreCounted() {
        TestDoc doc = new TestDoc().period("2005-04", "2005-12").section(SectionKind.HEADED).title("Seminars")
                .body("A series of workshop seminars were held on October 17, 18, 20-21 in different locations.");
        DateValue v = date(doc, 0);
        assertThat(v.days()).hasSize(4);
        assertThat(range(v)).isEqualTo("2005-10-17 2005-10-21");
    }

    @Test
    void monthOnlyBodyDate() {
        TestDoc doc = new TestDoc().line("Issue 3 – July–September 2012").period("2012-07", "2012-09")
                .section(SectionKind.HEADED).title("Schools talk waste")
                .body("In July, volunteers gave a series of talks on solid waste in primary schools.");
        assertThat(range(date(doc, 0))).isEqualTo("2012-07 2012-07");
    }

    @Test
    void yearFromOwnTextWhenNoPeriod() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Forum")
                .body("On 12-13 May, the institute held a course. Its report was finished in June 2010.");
        assertThat(range(date(doc, 0))).isEqualTo("2010-05-12 2010-05-13");
    }

    @Test
    void yearFromNeighbourSection() {
        TestDoc doc = new TestDoc()
                .section(SectionKind.HEADED).title("Course").header("Lima, Peru, 3 March 2009")
                .section(SectionKind.HEADED).title("Meeting").header("Quito, Ecuador, 7 April");
        assertThat(range(date(doc, 1))).isEqualTo("2009-04-07 2009-04-07");
    }

    @Test
    void periodBracketingTheMonthChoosesTheYearAcrossAYearBoundary() {
        TestDoc doc = new TestDoc().period("2010-07", "2011-06").section(SectionKind.HEADED).title("Meeting")
                .header("Quito, Ecuador, 7 April")
                .section(SectionKind.HEADED).title("Course").header("Lima, 5 October");
        assertThat(range(date(doc, 0))).isEqualTo("2011-04-07 2011-04-07");
        assertThat(range(date(doc, 1))).isEqualTo("2010-10-05 2010-10-05");
    }

    @Test
    void referenceDateIsTheLastResort() {
        TestDoc doc = new TestDoc().reference("2014-02-01").section(SectionKind.HEADED).title("Meeting")
                .header("Quito, Ecuador, 7 April");
        assertThat(range(date(doc, 0))).isEqualTo("2014-04-07 2014-04-07");
    }

    @Test
    void noYearAnywhereKeepsPartialDateAndWarns() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Meeting").header("Quito, Ecuador, 7 April");
        DocumentContext ctx = doc.context();
        DateValue v = field.annotate(doc.get(0), ctx);
        assertThat(v.start()).isEqualTo("--04-07");
        assertThat(ctx.warnings()).contains("date without a year: 7 April");
    }

    @Test
    void relativeDateWithoutAnyAnchorIsNotUsed() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT).title("Course")
                .body("The course began today in Lima.");
        assertThat(date(doc, 0)).isNull();
    }

    @Test
    void bareYearInProseIsNotAnActivityDate() {
        TestDoc doc = new TestDoc().section(SectionKind.HEADED).title("Network")
                .body("The network, created in 2008, brings together 31 cities.");
        assertThat(date(doc, 0)).isNull();
    }

    @Test
    void spanishHeaderDayList() {
        TestDoc doc = new TestDoc().language("es").period("2007-07", "2007-12").section(SectionKind.HEADED)
                .title("Seminario Regional").header("Ciudad de Panamá, Panamá, 22 y 23 de agosto de 2007")
                .body("La reunión, inicialmente prevista para el 18 de septiembre, fue convocada por la CIM.");
        assertThat(range(date(doc, 0))).isEqualTo("2007-08-22 2007-08-23");
    }

    @Test
    void spanishOriginallyPlannedInBodyIsSkipped() {
        TestDoc doc = new TestDoc().language("es").period("2007-07", "2007-12").section(SectionKind.HEADED)
                .title("Reunión Técnica")
                .body("La reunión, inicialmente prevista para el 18 de septiembre, se celebró el 23 de octubre en Washington.");
        assertThat(range(date(doc, 0))).isEqualTo("2007-10-23 2007-10-23");
    }

    @Test
    void datelineYearBeatsOtherYearsInTheRelease() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Washington, D.C., April 27, 2011 — The Forum will take place on May 4 and 5 in Tegucigalpa.")
                .body("It follows up on the Regional Meeting held in Managua in October 2010.");
        doc.dateline("Washington, D.C., April 27, 2011", "2011-04-27");
        assertThat(range(date(doc, 0))).isEqualTo("2011-05-04 2011-05-05");
    }

    @Test
    void upcomingEventAfterThePeriodTakesTheNearestYear() {
        TestDoc doc = new TestDoc().period("2012-07", "2012-09").section(SectionKind.BULLET)
                .body("Youth Environment Summit – Bridgetown, Barbados, 12–14 November. Registration is open until 15 October.");
        assertThat(range(date(doc, 0))).isEqualTo("2012-11-12 2012-11-14");
    }

    @Test
    void periodBracketingBeatsAnOtherYearInTheSameSentence() {
        TestDoc doc = new TestDoc().period("2011-01-01", "2011-06-30").section(SectionKind.HEADED).title("Training")
                .body("Postponed from 6–8 December 2010 because of floods, the training was held on 17–19 January in Filadelfia.");
        assertThat(range(date(doc, 0))).isEqualTo("2011-01-17 2011-01-19");
    }

    @Test
    void spanishAmbiguousNumericIsDayFirstWithoutWarning() {
        TestDoc doc = new TestDoc().language("es").section(SectionKind.FORM).title("Taller")
                .label("date", "Fecha:", "05/03/2010");
        DocumentContext ctx = doc.context();
        assertThat(range(field.annotate(doc.get(0), ctx))).isEqualTo("2010-03-05 2010-03-05");
        assertThat(ctx.warnings()).isEmpty();
    }

    @Test
    void startAndEndDateLabelsMakeOneRange() {
        TestDoc doc = new TestDoc().section(SectionKind.FORM).title("Workshop")
                .label("date", "Start date:", "12 February 2013").label("date", "End date:", "13 February 2013");
        assertThat(range(date(doc, 0))).isEqualTo("2013-02-12 2013-02-13");
    }

    @Test
    void aSecondDateLabelThatIsNoEndIsIgnored() {
        TestDoc doc = new TestDoc().section(SectionKind.FORM).title("Health fair")
                .label("date", "Date(s):", "Saturday, 9 March 2013").label("date", "Date of report:", "18 March 2013");
        assertThat(range(date(doc, 0))).isEqualTo("2013-03-09 2013-03-09");
    }

    @Test
    void datelineDateIsSkippedEvenWithoutItsSpan() {
        TestDoc doc = new TestDoc().section(SectionKind.WHOLE_DOCUMENT)
                .body("Washington, D.C., April 27, 2011 — The CIM said the Forum will take place on May 4 and 5.")
                .datelineDateOnly("2011-04-27");
        assertThat(range(date(doc, 0))).isEqualTo("2011-05-04 2011-05-05");
    }
}
