package org.reportparse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.TestSupport;
import org.reportparse.annotate.date.DateAnnotator;
import org.reportparse.extract.ExtractedDocument;
import org.reportparse.extract.Extractor;
import org.reportparse.samples.MarkupDocx;

class SegmenterTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Segmenter SEGMENTER = new Segmenter(DateAnnotator.shared(), Labels.load(), ActivityWords.load());

    private static SegmentedDocument segment(String text) throws Exception {
        return segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"));
    }

    private static SegmentedDocument segment(ExtractedDocument doc) {
        return SEGMENTER.segment(doc, "en");
    }

    private static List<String> titles(SegmentedDocument seg, String text) {
        return seg.sections().stream().map(s -> s.title().of(text).replaceAll("\\s+", " ")).toList();
    }

    private static final List<String> SEED_TITLES = List.of(
            "Anti-Trafficking in Persons: Regional Cooperation Seminar",
            "Capacity Building Seminar in Bolivia",
            "Forum at the Mexican Senate",
            "Seminar and Regional Forum on Trafficking in Persons in Guatemala and Central America",
            "OAS/CIM Anti-Trafficking Seminar in Ecuador",
            "Workshop Seminars in Bolivia: Strategies against trafficking of women and children” CIM/IOM",
            "OAS/CIM Anti-TIP Training Seminar in Lima, Peru",
            "CIM/OAS/IOM Anti-TIP Training Seminar in Belize City",
            "Counter-Trafficking Project on Prevention of Trafficking of Women and Children in Mexico, CIM/IOM",
            "First Latin-American Congress of Police and Missing People.",
            "Key Migration Issues Workshop Series: International Trafficking in Human Beings.");

    @Test
    void seedTextHasElevenActivitiesWithTheirTitles() throws Exception {
        ExtractedDocument doc = EXTRACTOR.extract(Files.readAllBytes(TestSupport.sample("oas-anti-trafficking-2005.txt")), "seed.txt");
        SegmentedDocument seg = segment(doc);
        assertThat(titles(seg, doc.text())).containsExactlyElementsOf(SEED_TITLES);
        assertThat(seg.header().title().of(doc.text())).isEqualTo("OAS Anti-Trafficking Coordinator and project activities");
        assertThat(seg.header().periodStart()).isEqualTo("2005-04");
        assertThat(seg.header().periodEnd()).isEqualTo("2005-12");
        Section quito = seg.sections().get(4);
        assertThat(quito.headerLines()).singleElement().satisfies(s -> assertThat(s.of(doc.text())).isEqualTo("Quito, August 25-26, 2005"));
        assertThat(quito.body()).hasSize(1);
        Section lima = seg.sections().get(6);
        assertThat(lima.label("place")).hasValueSatisfying(l -> assertThat(l.value().of(doc.text())).isEqualTo("Lima, Peru, April 28-29, 2005"));
        Section congress = seg.sections().get(9);
        assertThat(congress.kind()).isEqualTo(SectionKind.BULLET);
        assertThat(congress.headerLines()).singleElement().satisfies(s -> assertThat(s.of(doc.text())).isEqualTo("Santiago, Chile"));
    }

    @Test
    void seedDocxHasTheSameActivities() throws Exception {
        ExtractedDocument doc = EXTRACTOR.extract(Files.readAllBytes(TestSupport.sample("oas-anti-trafficking-2005.docx")), "seed.docx");
        assertThat(titles(segment(doc), doc.text())).containsExactlyElementsOf(SEED_TITLES);
    }

    @Test
    void dateHeaderAboveTitleAndLabelsBelowIt() throws Exception {
        String text = "ACTIVITIES 2009\n\n03/09/2009 - 03/13/2009\nNational CSIRT Development Course\nVenue: Montevideo, Uruguay\n"
                + "Organized by the Secretariat. Participants: 32 officials.\n\nApril 21, 2009\nPort Security Exercise\n"
                + "Place: Kingston, Jamaica\nParticipants: 45 officials\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("National CSIRT Development Course", "Port Security Exercise");
        Section second = seg.sections().get(1);
        assertThat(second.labels()).extracting(Labeled::key).containsExactly("place", "participants");
        assertThat(second.headerLines()).singleElement().satisfies(s -> assertThat(s.of(text)).isEqualTo("April 21, 2009"));
    }

    @Test
    void headingsThatNameNoEventCloseTheActivityBeforeThem() throws Exception {
        String text = "Report 2010\n\n1. Regional seminar on water\nTirana, Albania, 25 January 2010\nThe seminar met.\n\n"
                + "2. Outlook\nThe programme continues in 2011.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.title().of(text)).isEqualTo("Regional seminar on water");
            assertThat(s.span().of(text)).doesNotContain("Outlook");
        });
    }

    @Test
    void activityTableGivesOneSectionPerRowWithColumnLabels() throws Exception {
        String markup = "# Progress report\n\n| Date | Activity | Location | Participants |\n"
                + "| 17 Jan 2011 | Training of health workers | Filadelfia, Paraguay | 34 |\n"
                + "| 8 Feb 2011 | Steering committee meeting | Asunción, Paraguay | 12 |\n";
        ExtractedDocument doc = EXTRACTOR.extract(MarkupDocx.toBytes(markup), "t.docx");
        SegmentedDocument seg = segment(doc);
        assertThat(titles(seg, doc.text())).containsExactly("Training of health workers", "Steering committee meeting");
        Section first = seg.sections().get(0);
        assertThat(first.kind()).isEqualTo(SectionKind.TABLE_ROW);
        assertThat(first.labels()).extracting(Labeled::key).containsExactly("date", "place", "participants");
        assertThat(first.label("participants").orElseThrow().value().of(doc.text())).isEqualTo("34");
    }

    @Test
    void anActivityTablesTotalRowIsNoActivity() throws Exception {
        String markup = "# Progress report\n\n| Training | District | Dates | Participants |\n"
                + "| Procurement for councils | Zomba | 2-4 September 2019 | 35 |\n"
                + "| Gender-responsive planning | Salima | 21-22 October 2019 | 42 |\n"
                + "| Total | | | 77 |\n";
        ExtractedDocument doc = EXTRACTOR.extract(MarkupDocx.toBytes(markup), "t.docx");
        assertThat(titles(segment(doc), doc.text())).containsExactly("Procurement for councils", "Gender-responsive planning");
    }

    @Test
    void labelValueFormIsOneActivity() throws Exception {
        String markup = "# Activity forms\n\n| Title of the activity | Workshop on research ethics |\n"
                + "| Date | 12 February 2013 |\n| Venue | Kingston, Jamaica |\n| No. of participants | 58 |\n"
                + "| Report prepared by | The coordinator |\n";
        ExtractedDocument doc = EXTRACTOR.extract(MarkupDocx.toBytes(markup), "f.docx");
        SegmentedDocument seg = segment(doc);
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SectionKind.FORM);
            assertThat(s.title().of(doc.text())).isEqualTo("Workshop on research ethics");
            assertThat(s.labels()).extracting(Labeled::key).containsExactly("date", "place", "participants");
        });
    }

    @Test
    void aReleaseWithoutHeadlineIsTitledByTheActivityItsOpeningNames() throws Exception {
        String text = "PRESS RELEASE\n\nLomé, 22 February 2018 – Journalists from Togo and Benin completed a three-day training"
                + " on reporting on the Sustainable Development Goals today in Lomé.\n\nThe training was organized by the Centre.\n";
        assertThat(segment(text).sections()).singleElement()
                .satisfies(s -> assertThat(s.title().of(text)).isEqualTo("training on reporting on the Sustainable Development Goals"));
    }

    @Test
    void aReportLabelAboveTheEventTitleLeavesItsProseToTheEvent() throws Exception {
        String text = "Workshop Report\n\nRegional Workshop on Single Window Implementation\nPhnom Penh, Cambodia, 6–8 September 2016\n\n"
                + "Summary\n1. The workshop brought together 38 customs officials.\n\nAcknowledgements\n"
                + "The workshop was made possible by the ASEAN Secretariat.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.title().of(text)).isEqualTo("Regional Workshop on Single Window Implementation");
            assertThat(s.body()).extracting(b -> b.of(text)).containsExactly("The workshop brought together 38 customs officials.",
                    "The workshop was made possible by the ASEAN Secretariat.");
        });
    }

    @Test
    void aLetteredHeadingNamingAnActivityTitlesTheOneDatedParagraphUnderIt() throws Exception {
        String text = "Semi-annual update, January to June 2020\n\nA. Provincial disaster risk reduction forum\n"
                + "2. On 18 and 19 February 2020, the Government convened the provincial forum in Beira. It gathered 112 officials.\n\n"
                + "B. Women's resilience dialogue\n"
                + "3. A dialogue with women's cooperatives took place in Pemba on 15 June 2020. 45 women leaders attended.\n";
        assertThat(titles(segment(text), text)).containsExactly("Provincial disaster risk reduction forum", "Women's resilience dialogue");
    }

    @Test
    void aBulletOpeningOnDateAndPlaceBeforeADashIsTitledAfterTheDash() throws Exception {
        String text = "Outreach Activities, April–June 2019\n\n"
                + "• 11 April 2019, Dhaka – Launch of the State of the Economy report, co-organised with BIDS. Around 200 guests attended.\n"
                + "• 25 April 2019, Chittagong – Dialogue on port-led growth, in partnership with the Chamber. 90 participants.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Launch of the State of the Economy report", "Dialogue on port-led growth");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("11 April 2019, Dhaka");
    }

    @Test
    void aLineOpeningOnItsDateIsTitledByTheActivityNameAlone() throws Exception {
        String text = "Our year in dates\n\n"
                + "12 Jan — Launch of the mentoring programme in Port of Spain, Trinidad and Tobago, with 40 mentors.\n"
                + "Mar. 3–4: Pitch clinic for young founders, Bridgetown, Barbados (26 participants).\n"
                + "Jun. 20: Youth business forum in Kingston, Jamaica, co-hosted with the Bank; about 200 attended.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Launch of the mentoring programme", "Pitch clinic for young founders",
                "Youth business forum");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text)).containsExactly("Mar. 3–4", "Bridgetown, Barbados");
        assertThat(seg.sections().get(2).body()).extracting(b -> b.of(text))
                .containsExactly("co-hosted with the Bank; about 200 attended.");
    }

    @Test
    void aDocumentWithoutActivityStructureIsOneActivity() throws Exception {
        String text = "PRESS RELEASE\n\nMinistry opens course on customs\n\nThe ministry opened a course today for customs officers.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SectionKind.WHOLE_DOCUMENT);
            assertThat(s.title().of(text)).isEqualTo("Ministry opens course on customs");
        });
    }

    @Test
    void hardWrappedTextKeepsItsTitlesAndParagraphs() throws Exception {
        // The seed re-wrapped at 72 columns, as e-mail or PDF-to-text tools write it.
        byte[] bytes = SegmenterTest.class.getResourceAsStream("oas-anti-trafficking-2005-wrapped.txt").readAllBytes();
        ExtractedDocument doc = EXTRACTOR.extract(bytes, "wrapped.txt");
        SegmentedDocument seg = segment(doc);
        assertThat(titles(seg, doc.text())).containsExactlyElementsOf(SEED_TITLES);
        assertThat(seg.sections().get(0).body()).allSatisfy(b -> assertThat(b.of(doc.text())).contains("\n"));
    }

    @Test
    void aDatedParagraphWithAnotherDayStartsItsOwnActivity() throws Exception {
        String text = "ACTIVITY REPORT 2008\n\nRegional Seminar on Prison Management (Lima, Peru, 12-13 May 2008)\n"
                + "The Ministry of Justice hosted the seminar for 45 prison directors. On 13 May a visit followed.\n\n"
                + "On 20 June 2008 the programme also held a round table in Quito, Ecuador. About 30 people came.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional Seminar on Prison Management",
                "On 20 June 2008 the programme also held a round table in Quito, Ecuador.");
    }

    @Test
    void aSentenceOpeningIsNotAPlaceBeforeADate() throws Exception {
        String text = "Seminar on water\nTirana, Albania, 25 January 2010\n\nOn 26 January 2010 the experts visited the plant.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.headerLines()).hasSize(1);
            assertThat(s.body()).singleElement().satisfies(b -> assertThat(b.of(text)).startsWith("On 26 January"));
        });
    }

    @Test
    void aNarrativeReportWithoutHeadingsHasOneActivityPerDatedParagraph() throws Exception {
        String text = "Annual report 2008\n\nIn March 2008, the Department organized a workshop in Quito. Some 40 officers came.\n\n"
                + "On 12-13 June 2008 a regional seminar was held in Bogotá. More than 60 attended.\n\n"
                + "The Department also published a manual.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("In March 2008, the Department organized a workshop in Quito.",
                "On 12-13 June 2008 a regional seminar was held in Bogotá.");
        assertThat(seg.sections().get(1).span().of(text)).contains("published a manual");
    }

    @Test
    void aBulletsProseAfterItsDateIsItsBodyNotItsHeader() throws Exception {
        String text = "Activities this quarter:\n\n"
                + "\u2022 Job fair in Kingston (Jamaica), 14 July 2016: organised with the Ministry of Labour; 350 young people attended.\n"
                + "\u2022 Entrepreneurship bootcamp, Montego Bay, Jamaica, 2-5 August 2016. 28 participants.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Job fair in Kingston (Jamaica)", "Entrepreneurship bootcamp");
        Section fair = seg.sections().get(0);
        assertThat(fair.headerLines()).extracting(h -> h.of(text)).containsExactly("14 July 2016");
        assertThat(fair.body()).extracting(b -> b.of(text))
                .containsExactly("organised with the Ministry of Labour; 350 young people attended.");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text)).containsExactly("Montego Bay, Jamaica, 2-5 August 2016");
    }

    @Test
    void aNarrativeParagraphTellingSeveralActivitiesHasOneActivityPerDatedSentence() throws Exception {
        String text = "Annual Report 2011\n\nDuring the year the Network held two events. In March 2011, a youth leadership"
                + " workshop took place in Kingston, Jamaica, with 45 participants. It was well received. On 4 May 2011 the"
                + " Network and UNDP co-hosted a climate change forum in Port of Spain attended by 120 people.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly(
                "In March 2011, a youth leadership workshop took place in Kingston, Jamaica, with 45 participants.",
                "On 4 May 2011 the Network and UNDP co-hosted a climate change forum in Port of Spain attended by 120 people.");
        assertThat(seg.sections().get(0).span().of(text)).endsWith("It was well received.");
    }

    @Test
    void anActivityNumberBeforeTheTitleIsNoPartOfIt() throws Exception {
        String text = "Progress report 2015\n\nActivity 1: Consultations with fishers\nDates: July 6-7, 2015\n"
                + "Locations: Belize City, Belize\n\nSixty fishers took part.\n\n"
                + "Actividad 2 – Curso en línea sobre pesca\nFecha: 3 de agosto de 2015\n\nParticiparon 75 personas.\n";
        assertThat(titles(segment(text), text)).containsExactly("Consultations with fishers", "Curso en línea sobre pesca");
    }

    @Test
    void aRecordOfLabelLinesWithATitleLabelIsAnActivityInAnyLabelOrder() throws Exception {
        String text = "Annual report 2014\n\n1. Activities carried out\n\n"
                + "Venue: San José, Costa Rica\nDate: 2014-06-03 to 2014-06-05\nTitle: Regional Workshop on Water\n"
                + "Participants: 45\n"
                + "Event: Caribbean Roadshow on Drought\nDates: 14-18 July 2014\nPlace: Kingston, Jamaica\n\n"
                + "The roadshow met farmers and water managers in three parishes.\n\nContact: info@example.org\nPhone: 555 0100\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).extracting(s -> s.label("title").orElseThrow().value().of(text))
                .containsExactly("Regional Workshop on Water", "Caribbean Roadshow on Drought");
        assertThat(seg.sections().get(0).span().of(text)).startsWith("Venue: San José").endsWith("Participants: 45");
        assertThat(seg.sections().get(0).label("participants")).isPresent();
        assertThat(seg.sections().get(1).body()).extracting(b -> b.of(text)).contains("The roadshow met farmers and water managers in three parishes.");
    }

    @Test
    void aDateInParenthesesEndingATitleIsItsHeaderAndADatedTitleLineNeedsNothingUnderIt() throws Exception {
        String text = "Report 2014\n\nTraining on customs risk management (Lima, 12-14 May 2014)\n\n"
                + "The training gathered 30 customs officers of the national revenue service.\n\n"
                + "Seminar on port security (3 June 2014)\nWorkshop on cargo profiling (5 June 2014)\n\n"
                + "Closing meeting of the project (30 June 2014)\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Training on customs risk management", "Seminar on port security",
                "Workshop on cargo profiling", "Closing meeting of the project");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("Lima, 12-14 May 2014");
    }

    @Test
    void aTitleLineWithDateThenPlaceAfterDashesStopsAtTheFirstDash() throws Exception {
        String text = "Quarterly Report 2017\n\nNeighborhood safety forum — 04/22/2017 — San Pedro Sula, Honduras\n"
                + "The forum was organized by the National Police. 130 residents participated.\n\n"
                + "Forum – Youth Edition – Lima, 3 May 2017\nThe forum gathered 50 students.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Neighborhood safety forum", "Forum – Youth Edition");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text))
                .containsExactly("04/22/2017 — San Pedro Sula, Honduras");
    }

    @Test
    void proseAfterADateLineIsTheBodyNotTheHeader() throws Exception {
        String text = "Newsletter 2014\n\nFisheries dialogue\n"
                + "3rd-5th September 2014, Dangriga, Belize. Organised with the Fisheries Department; 40 fishers attended.\n";
        Section s = segment(text).sections().get(0);
        assertThat(s.headerLines()).extracting(h -> h.of(text)).containsExactly("3rd-5th September 2014, Dangriga, Belize.");
        assertThat(s.body()).extracting(b -> b.of(text))
                .containsExactly("Organised with the Fisheries Department; 40 fishers attended.");
    }

    @Test
    void aSentenceOpeningWithADateIsNoDateHeaderOfTheNextTitle() throws Exception {
        String text = "Report 2016\n\nRoadshow on open data\n"
                + "Between 3 and 14 March 2016 the roadshow visited three cities, reaching 210 municipal staff.\n\n"
                + "Videoconference on e-government\nOn 5 April 2016 the course was held in Lima with 60 participants.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Roadshow on open data", "Videoconference on e-government");
        assertThat(seg.sections().get(0).span().of(text)).contains("210 municipal staff");
    }

    @Test
    void dateFirstBulletsInAListAreEachABulletActivity() throws Exception {
        String text = "Progress report 2018\n\nEvents\n\n"
                + "• 12–14 July 2018: Regional workshop on seed systems, Lusaka, Zambia (28 participants; with FAO)\n"
                + "• 3 August 2018: Farmers' field day, Chipata, Zambia (about 150 farmers)\n"
                + "• 5 November 2018: Webinar on soil health (online; 210 registered)\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional workshop on seed systems", "Farmers' field day",
                "Webinar on soil health");
        assertThat(seg.sections()).extracting(Section::kind).containsOnly(SectionKind.BULLET);
        assertThat(seg.sections().get(2).body()).extracting(b -> b.of(text)).containsExactly("(online; 210 registered)");
    }

    @Test
    void linesOfDateThenActivityThenPlaceAreTitlesHeadedByTheirDate() throws Exception {
        String text = "Quarterly Report Q2 2017\n\n"
                + "14 April 2017 — Launch of the National Youth Policy — Kingston, Jamaica\n"
                + "The Ministry launched the policy with UNICEF. More than 200 young people attended.\n\n"
                + "2-4 May 2017 — Training of trainers on life skills — Montego Bay, Jamaica\n"
                + "Twenty-four youth workers were trained.\n\n"
                + "June 21, 2017 — Youth Parliament — Port of Spain, Trinidad and Tobago\n"
                + "Sixty youth parliamentarians took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Launch of the National Youth Policy — Kingston, Jamaica",
                "Training of trainers on life skills — Montego Bay, Jamaica",
                "Youth Parliament — Port of Spain, Trinidad and Tobago");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("14 April 2017");
        assertThat(seg.header().dateline()).isNull();
    }

    @Test
    void aShortSentenceUnderADateLineIsTheBody() throws Exception {
        String text = "Report 2018\n\nWebinar on soil health\n5 November 2018, online\n\n150 attended.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly("150 attended.");
    }

    @Test
    void aSubHeadingOfAnActivitysWriteUpKeepsItsProseInTheActivity() throws Exception {
        String text = "Annual Report 2015\n\nWorkshop on coastal planning\nDate: 3-4 March 2015\nVenue: Suva, Fiji\n\n"
                + "Key outcomes\nThe workshop was organized by the Pacific Community for 45 planners.\n\n"
                + "Partners meeting on fisheries\nDate: 10 May 2015\nVenue: Apia, Samoa\n\n"
                + "Conclusions\nThe programme met its targets.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Workshop on coastal planning", "Partners meeting on fisheries");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text))
                .contains("The workshop was organized by the Pacific Community for 45 planners.");
        assertThat(seg.sections().get(1).span().of(text)).doesNotContain("targets");
    }

    @Test
    void aDateLineOverAPartHeadingDatesTheTitleAboveIt() throws Exception {
        // case-study layout: title, date line, then "Background" / "What happened" / "Results" parts
        String text = "Quarterly Report, April–June 2018\n\nCommunity Early Warning Training, Kathmandu, Nepal\n25–27 April 2018\n\n"
                + "Background\nThe district was hit hard by the 2015 earthquake.\n\n"
                + "What happened\nThe Nepal Red Cross Society trained 46 volunteers.\n\n"
                + "Results\nEach municipality drafted a plan.\n\n"
                + "School Safety Drills, Pokhara, Nepal\n5–30 June 2018\n\nBackground\nSchools never practised.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Community Early Warning Training, Kathmandu, Nepal",
                "School Safety Drills, Pokhara, Nepal");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text))
                .contains("The Nepal Red Cross Society trained 46 volunteers.", "Each municipality drafted a plan.");
    }

    @Test
    void aLineOfPlacesUnderTheTitleIsAHeaderLineWhereverTheDateStands() throws Exception {
        String text = "Annual Report 2014\n\nTraining for councillors\nMonday 3 – Wednesday 5 March 2014\nKampala, Uganda\n"
                + "Twenty-five councillors attended.\n\nRound table on budgets\nJinja, Uganda\n12 June 2014\n\n"
                + "Thirty officials took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Training for councillors", "Round table on budgets");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).contains("Kampala, Uganda");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly("Twenty-five councillors attended.");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text)).contains("Jinja, Uganda");
    }

    @Test
    void proseAfterAListOfEventBulletsAboutAllOfThemIsPartOfEach() throws Exception {
        String text = "Progress report 2019\n\nKey events:\n"
                + "- Planning workshop – Honiara, Solomon Islands – 8-10 July 2019 – 36 participants\n"
                + "- Regional meeting – Suva, Fiji – 2-3 December 2019 – 48 participants\n\n"
                + "All events were co-organized with the Pacific Community. A total of 84 people took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).extracting(Section::kind).containsExactly(SectionKind.BULLET, SectionKind.BULLET);
        for (Section s : seg.sections()) {
            assertThat(s.body()).extracting(b -> b.of(text)).contains("All events were co-organized with the Pacific Community.")
                    .noneMatch(b -> b.contains("84"));
        }
    }

    @Test
    void anActivityCalledOffIsNoActivityUnlessItWasHeldAfterAll() throws Exception {
        String text = "Annual Progress Report 2021\n\nActivity 1.1.1: Training of traditional leaders\nStatus: Completed\n"
                + "On 8-10 March 2021, the project trained 64 chiefs in Gbarnga. A follow-up session had to be cancelled.\n\n"
                + "Activity 1.2.2: National justice conference\nStatus: Postponed\n"
                + "The national conference planned for 15 November 2021 in Monrovia was postponed to 2022.\n\n"
                + "Activity 1.2.3: Technical meeting\n\nOriginally scheduled for 10 June 2021, the meeting was postponed "
                + "to 24 June 2021. Twenty-two experts took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Training of traditional leaders", "Technical meeting");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly(
                "On 8-10 March 2021, the project trained 64 chiefs in Gbarnga. A follow-up session had to be cancelled.");
    }

    @Test
    void aTitleLabelOverDatedProseIsARecordAndTheNextTitleLabelEndsIt() throws Exception {
        String text = "Progress report 2021\n\nActivity: Training of traditional leaders\nStatus: Completed\n"
                + "In March 2021, the project trained 64 chiefs and elders.\n\n"
                + "Activity: Radio talk shows\nStatus: Ongoing\nTwelve shows were broadcast.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(1);
        assertThat(seg.sections().get(0).label("title")).map(l -> l.value().of(text)).contains("Training of traditional leaders");
        assertThat(seg.sections().get(0).span().of(text)).doesNotContain("Twelve");
    }

    @Test
    void aNumberedParagraphTellsALaterActivityAndALetteredHeadingTitlesNone() throws Exception {
        String text = "Report of the Secretary-General, 2016\n\nA. Capacity-building\n\n"
                + "13. The Centre held a national training course on arms marking in Abidjan from 23 to 27 May 2016, "
                + "with support from Germany. Twenty-four officers were trained. A follow-up session for 15 trainers "
                + "took place in Bouaké on 12 and 13 September 2016.\n\nB. Advocacy\n\n"
                + "15. On the occasion of the International Day of Peace, 21 September 2016, the Centre organized a "
                + "youth debate attended by 150 students.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(3);
        assertThat(seg.sections().get(1).title().of(text)).startsWith("A follow-up session for 15 trainers");
        assertThat(seg.sections().get(0).span().of(text)).doesNotContain("follow-up");
        assertThat(titles(seg, text)).noneMatch(t -> t.contains("Advocacy"));
        assertThat(seg.sections().get(2).span().of(text)).contains("150 students");
    }

    @Test
    void aHeadingOverATableOfOneActivitysDateAndVenueIsThatActivity() throws Exception {
        String text = "Annual Report 2018\n\n2. District health planning workshop\n\n"
                + "| Date | Venue | Participants |\n|---|---|---|\n| 17 May 2018 | Mangochi, Malawi | 35 |\n\n"
                + "3. Outlook\n\nMore workshops will follow.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("District health planning workshop");
        assertThat(seg.sections().get(0).labels()).extracting(l -> l.key() + "=" + l.value().of(text))
                .containsExactly("date=17 May 2018", "place=Mangochi, Malawi", "participants=35");
    }

    @Test
    void aBulletDatedByTwoMonthsRunningOnIsAnActivityButNotByAQuarter() throws Exception {
        String text = "Informe de gestión 2016\n\nPrincipales actividades:\n\n"
                + "• Taller de prevención del trabajo infantil (Quito, 12 y 13 de abril de 2016); asistieron 38 inspectores.\n"
                + "• Campaña de prevención en 15 escuelas de Guayaquil (septiembre–octubre de 2016), financiada por UNICEF.\n"
                + "• Campaña de radio en la provincia (enero–marzo de 2016).\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Taller de prevención del trabajo infantil",
                "Campaña de prevención en 15 escuelas de Guayaquil");
    }

    @Test
    void aDatedBulletsPlaceBeforeAClauseOfProseIsAHeaderLine() throws Exception {
        String text = "Quarterly Report 2020\n\nBELIZE\n"
                + "• 2 December 2020 – Hurricane season review meeting, Belmopan, hosted by NEMO; 25 participants.\n"
                + "• 9 December 2020 – Shelter training, Orange Walk Town, with the Red Cross.\n"
                + "• 4 February: Consultation with traditional leaders, Dangriga; co-hosted by Plan; 40 chiefs took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Hurricane season review meeting", "Shelter training",
                "Consultation with traditional leaders");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).contains("Belmopan");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text)).contains("Orange Walk Town");
        // a semicolon ends the places as a comma does
        assertThat(seg.sections().get(2).headerLines()).extracting(h -> h.of(text)).contains("Dangriga");
    }

    @Test
    void aBulletHeadedByADateWithALeadWordIsTitledAfterIt() throws Exception {
        String text = "Memoria 2019\n\nHONDURAS\n"
                + "- Del 6 al 8 de mayo: Curso regional sobre cooperación, San Pedro Sula, organizado con la Fiscalía.\n"
                + "- 10 y 11 de octubre: Encuentro nacional de fiscales, Lima. 60 participantes.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(titles(seg, text)).containsExactly("Curso regional sobre cooperación", "Encuentro nacional de fiscales");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).contains("Del 6 al 8 de mayo", "San Pedro Sula");
    }

    @Test
    void aReportOnOneEventTellsItUnderEveryHeading() throws Exception {
        String text = "REPORT OF THE REGIONAL WORKSHOP ON MARINE SPATIAL PLANNING\nApia, Samoa, 4–6 September 2017\n\n"
                + "1. Introduction\n\nThe workshop was organized by SPREP with the Government of Samoa. Forty-two "
                + "participants attended.\n\n2. Programme\n\nDay 1: Opening session.\n\n3. Outcomes\n\n"
                + "Participants agreed on a regional roadmap.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(1);
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).contains(
                "The workshop was organized by SPREP with the Government of Samoa. Forty-two participants attended.",
                "Participants agreed on a regional roadmap.");
    }

    @Test
    void aLineDatingANewsItemIsNoActivityDate() throws Exception {
        String text = "Latest news\n\nCoastal managers trained in Mombasa\nPosted on 14 May 2018 by Communications Team\n\n"
                + "From 7 to 11 May 2018, 26 coastal managers took part in a training in Mombasa, Kenya.\n\n"
                + "Forum on marine litter\nPublicado el 2 de julio de 2018\n\n"
                + "More than 100 people met in Dar es Salaam on 28 June 2018 for a forum on marine litter.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Coastal managers trained in Mombasa", "Forum on marine litter");
        for (Section s : seg.sections()) {
            assertThat(s.labels()).extracting(Labeled::key).containsOnly("ignore");
        }
    }

    @Test
    void aBulletsHeaderClauseRunsOverADashInsideItsDate() throws Exception {
        String text = "Highlights, October–December 2016\n\n"
                + "• Farmer field school graduation, Sunyani (Brong-Ahafo), 3 October 2016: 212 farmers graduated.\n"
                + "• Youth agripreneurship bootcamp, Ho, 28 November – 2 December 2016, with 25 participants.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Farmer field school graduation", "Youth agripreneurship bootcamp");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text))
                .containsExactly("Ho, 28 November – 2 December 2016");
    }

    @Test
    void aTitleAnnouncingAnEventToComeStartsNone() throws Exception {
        String text = "Newsletter No. 14, March 2018\n\nCommunity dialogue in Labasa\n\n"
                + "On 12 and 13 March 2018 the team facilitated a community dialogue in Labasa.\n\n"
                + "Coming up: mid-May training of trainers\n\n"
                + "A training of trainers is planned for mid-May 2018 in Lautoka.\n";
        assertThat(titles(segment(text), text)).containsExactly("Community dialogue in Labasa");
    }

    @Test
    void paragraphsOpeningWithARunInHeadAreActivitiesTitledByIt() throws Exception {
        String text = "Semi-annual Report, January–June 2014\n\nMain activities\n\n"
                + "Regional Workshop on Port Security. The workshop was held in Cartagena, Colombia, on 3-4 March 2014, "
                + "with 32 port officials.\n\n"
                + "National Seminar on Cybercrime. On 22 April 2014 the programme held a national seminar in Quito.\n\n"
                + "Study Visit to Spain. From 9 to 13 June 2014, six officials visited the Spanish National Police.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional Workshop on Port Security", "National Seminar on Cybercrime",
                "Study Visit to Spain");
        assertThat(seg.header().dateline()).isNull();
        assertThat(seg.sections().get(2).body()).extracting(b -> b.of(text))
                .containsExactly("From 9 to 13 June 2014, six officials visited the Spanish National Police.");
        // under a heading that names no activity, and never for a sentence that is no heading
        String other = text.replace("Main activities", "Highlights of the semester");
        assertThat(titles(segment(other), other)).hasSize(3).doesNotContain("Highlights of the semester");
        String prose = "Report 2011\n\nRegional course on financing\nSan Salvador, 3 March 2011\n\nThe course opened today.\n\n"
                + "This is the second edition of the course. The first, held in Lima in November 2010, trained 35 observers.\n";
        assertThat(titles(segment(prose), prose)).containsExactly("Regional course on financing");
    }

    @Test
    void runInHeadsInSentenceCaseOrBeforeAColonAreHeadsButSentencesAreNot() throws Exception {
        String text = "Progress report 2015\n\nOutput 1: Strengthened surveillance\n\n"
                + "Laboratory training. A five-day training was delivered in Kingston, Jamaica, from 9 to 13 February 2015.\n\n"
                + "Salt reduction workshop: held on 15 March 2015 in Georgetown, Guyana; 30 producers took part.\n\n"
                + "The workshop was a success. It ran on 20 March 2015 in Lima.\n";
        // "The workshop was a success." opens with a determiner and has a verb: no head, so no activity of its own
        assertThat(titles(segment(text), text)).containsExactly("Laboratory training", "Salt reduction workshop");
    }

    @Test
    void labelRecordsOwnTheirDatesAndAParagraphAfterOneMayIntroduceAnotherActivity() throws Exception {
        String text = "MINISTERIO DE AMBIENTE\nInforme de gestión - Cooperación internacional\nPeríodo: enero-diciembre de 2019\n\n"
                + "Actividad: Foro binacional de cuencas\nFecha: 2 de octubre de 2019\nLugar: Tumbes (Perú)\n"
                + "Entidades participantes: Autoridad Nacional del Agua (ANA)\n\n"
                + "Además, el 25 de noviembre de 2019 se llevó a cabo en Quito una reunión técnica con el CAF.\n";
        SegmentedDocument seg = segment(text);
        // the report's title line does not take the record's date label; the partners label stays in the record
        assertThat(seg.sections()).hasSize(2);
        assertThat(seg.sections().get(0).labels()).extracting(l -> l.key()).containsExactly("title", "date", "place", "partner");
        assertThat(seg.sections().get(1).title().of(text)).startsWith("Además, el 25 de noviembre de 2019");
    }

    @Test
    void aDateHeadedLineEndsItsTitleAtItsFirstSentenceAndTheRestIsBody() throws Exception {
        String text = "Monthly log, March 2016\n\n"
                + "March 3: Consultation with civil society on the migration policy, Kingston. 27 NGO representatives attended.\n"
                + "March 10-11: Training for border officials (Montego Bay), with IOM. 35 officers trained.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Consultation with civil society on the migration policy",
                "Training for border officials (Montego Bay)");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly("27 NGO representatives attended.");
    }

    @Test
    void aParagraphNamingAnEventAndItsDaysStartsOneAmongParagraphsOpeningOnDates() throws Exception {
        String text = "Annual Report 2018\n\n2. Advocacy\n\n"
                + "In February 2018, PDF held a regional training in Apia, Samoa, for 26 leaders.\n\n"
                + "In May, we ran two national workshops, in Suva, Fiji and Port Vila, Vanuatu.\n\n"
                + "The 2018 Pacific Regional Conference on Disability was held in Nadi, Fiji, from 29 October to 2 November"
                + " 2018, with over 200 delegates.\n";
        assertThat(segment(text).sections()).hasSize(3);
    }

    @Test
    void aDatelineParagraphUnderAHeadlineIsHeaderThenBody() throws Exception {
        String text = "COMUNICADO\n\nConcluye taller sobre gestión de riesgos\n\n"
                + "Lima, 6 de junio de 2014 – Funcionarios de diez países clausuraron el miércoles el taller regional, que se"
                + " inició el lunes.\n";
        Section s = segment(text).sections().get(0);
        assertThat(s.headerLines()).extracting(h -> h.of(text)).containsExactly("Lima, 6 de junio de 2014");
        assertThat(s.body()).extracting(b -> b.of(text)).singleElement().asString().startsWith("Funcionarios de diez");
        // a place after the date's dash is still the header
        String place = "Report 2014\n\nRegional seminar on risk\n12-14 May 2014 – Lima, Peru\n\nForty officials attended.\n";
        assertThat(segment(place).sections().get(0).headerLines()).extracting(h -> h.of(place))
                .containsExactly("12-14 May 2014 – Lima, Peru");
    }

    @Test
    void aSentenceOpeningOnADateIsNoDateline() throws Exception {
        String text = "Annual Report 2016\n\nMain activities\n\nIn March 2016, the Institute held a workshop in Tegucigalpa.\n\n"
                + "On 14 June 2016, we convened a roundtable in San Salvador. Some 22 people took part.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.header().dateline()).isNull();
        assertThat(seg.header().datelineSpan()).isNull();
        String es = "Informe de Gestión 2018\n\nActividades del primer trimestre\n\n"
                + "El 15 de febrero de 2018 realizamos en Cochabamba el Encuentro de Comités de Agua.\n\n"
                + "Los días 8, 9 y 10 de marzo se llevó a cabo en Tarija un curso para 35 operadores.\n";
        assertThat(SEGMENTER.segment(EXTRACTOR.extract(es.getBytes(StandardCharsets.UTF_8), "t.txt"), "es").header()
                .dateline()).isNull();
    }

    @Test
    void aDatelineMayHoldItsDateInBracketsOrEndWithAColon() throws Exception {
        String bracketed = "UN experts train customs officers\n\nGENEVA (12 March 2019) – Thirty customs officers completed"
                + " a five-day training course last Friday.\n";
        assertThat(segment(bracketed).header().dateline()).hasToString("2019-03-12");
        String colon = "Youth climate summit closes in Nairobi\n\nNairobi, Kenya — August 24, 2019: More than 500 young"
                + " activists wrapped up the three-day summit on Friday.\n";
        assertThat(segment(colon).header().dateline()).hasToString("2019-08-24");
        for (String dateline : List.of("[Lima, 3 May 2016] – ", "(Lima, 3 May 2016) – ", "Lima/Peru, 3 May 2016 – ",
                "LIMA, Peru, May 3, 2016 /PRNewswire/ -- ", "3 May 2016, Lima – ")) {
            String release = "Officials complete workshop\n\n" + dateline + "Thirty officials completed a workshop today.\n";
            assertThat(segment(release).header().dateline()).as(dateline).hasToString("2016-05-03");
        }
        String stop = "Officials complete workshop\n\nLima, Peru. 3 May 2016. Thirty officials completed a workshop today.\n";
        assertThat(segment(stop).sections().get(0).body()).extracting(b -> b.of(stop))
                .containsExactly("Thirty officials completed a workshop today.");
        String agency = "Concluye curso regional\n\nSanto Domingo, 26 de octubre de 2018 (Prensa CEPREDENAC) – Con la entrega"
                + " de certificados a 32 funcionarios, finalizó el pasado viernes el curso regional.\n";
        assertThat(SEGMENTER.segment(EXTRACTOR.extract(agency.getBytes(StandardCharsets.UTF_8), "t.txt"), "es").header()
                .dateline()).hasToString("2018-10-26");
    }

    @Test
    void aWhenLineWithAMonthUnderAnActivityTitleStartsIt() throws Exception {
        String text = "Report 2013\n\nRegional consultation on health\nPort of Spain, Trinidad and Tobago, 12-13 August 2013\n\n"
                + "Ministers met to agree on a plan.\n\nWebinar series on mental health\n"
                + "Every Wednesday in September 2013 (4 sessions), online\n\nThe university hosted four webinars for nurses.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional consultation on health", "Webinar series on mental health");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text))
                .containsExactly("Every Wednesday in September 2013 (4 sessions), online");
    }

    @Test
    void oneLineMayHoldSeveralLabels() throws Exception {
        String text = "Annual Report 2019\n\nRegional Forum on Digital Inclusion\nDate: 8-9 April 2019 | Location: Kigali, Rwanda\n\n"
                + "The forum brought together 180 participants from 22 countries.\n";
        Section s = segment(text).sections().get(0);
        assertThat(s.label("date")).hasValueSatisfying(l -> assertThat(l.value().of(text)).isEqualTo("8-9 April 2019"));
        assertThat(s.label("place")).hasValueSatisfying(l -> assertThat(l.value().of(text)).isEqualTo("Kigali, Rwanda"));
    }

    @Test
    void anUndatedHeadingOverEventBulletsIsNoActivityOfItsOwn() throws Exception {
        String text = "Report 2016\n\nCommunity activities in Jamaica\n\n"
                + "\u2022 Job fair in Kingston, Jamaica, 14 July 2016: 350 young people attended.\n"
                + "\u2022 Entrepreneurship bootcamp, Montego Bay, Jamaica, 2-5 August 2016. 28 participants.\n";
        assertThat(titles(segment(text), text)).containsExactly("Job fair", "Entrepreneurship bootcamp");
    }

    @Test
    void proseUnderAHeadingLikeOtherEventsIsReadForDatedActivitiesButNotUnderUpcomingEvents() throws Exception {
        String body = "\n\nThe quarter was busy. On 21 September 2016 the Project held a policy dialogue in Bridgetown, Barbados,"
                + " attended by 60 people.\n";
        String head = "Report 2016\n\nRegional Seminar on Youth\nPort of Spain, Trinidad and Tobago, 5-7 September 2016\n\n"
                + "The seminar trained 25 entrepreneurs.\n\n";
        String ours = head + "Other events" + body;
        assertThat(titles(segment(ours), ours)).containsExactly("Regional Seminar on Youth",
                "On 21 September 2016 the Project held a policy dialogue in Bridgetown, Barbados, attended by 60 people.");
        // a paragraph that opens with the dated activity starts one under any heading (as before); this one does not
        String future = head + "Upcoming events" + body;
        assertThat(titles(segment(future), future)).containsExactly("Regional Seminar on Youth");
    }

    @Test
    void aHeadingNamingOnlyKindsOfActivitiesIsOverTheDatedParagraphsBelowIt() throws Exception {
        String body = "\n\nIn collaboration with the Salud Initiative, the network held a technical meeting on vaccines"
                + " in Managua, Nicaragua, on 15 November 2016. Twenty-five logisticians attended.\n\n"
                + "On 1 December 2016 the Steering Committee met in Panama City, Panama.\n";
        String head = "Newsletter 2016\n\nRegional Forum on Health\nSan Jose, Costa Rica, 22 August 2016\n\n70 came.\n\n";
        for (String heading : List.of("OTHER MEETINGS", "Meetings and workshops", "Otras reuniones")) {
            String text = head + heading + body;
            assertThat(titles(segment(text), text)).as(heading).containsExactly("Regional Forum on Health",
                    "In collaboration with the Salud Initiative, the network held a technical meeting on vaccines in Managua,"
                            + " Nicaragua, on 15 November 2016.",
                    "On 1 December 2016 the Steering Committee met in Panama City, Panama.");
        }
        // a heading naming one activity is still its title; other headings over prose still hold no activities
        String one = head + "Technical meeting on vaccines" + body;
        assertThat(titles(segment(one), one)).startsWith("Regional Forum on Health", "Technical meeting on vaccines");
        String future = head + "Upcoming events" + body;
        assertThat(titles(segment(future), future)).containsExactly("Regional Forum on Health");
    }

    @Test
    void aHeadingOverAParagraphTellingADatedMeetingWithAVerbIsItsTitle() throws Exception {
        String text = "Report 2017\n\nCoordination\n\nOn 27 June 2017 the steering committee met in Lima with the donors.\n\n"
                + "Outreach\n\nThe programme published 12 bulletins during the year.\n";
        assertThat(titles(segment(text), text)).containsExactly("Coordination");
    }

    @Test
    void aLaterParagraphIntroducingAnotherDatedActivityStartsOneInAPressReleaseToo() throws Exception {
        String text = "PRESS RELEASE\n\nAcademy graduates its fifth cohort\n\n"
                + "Suva, Fiji - 21 March 2019 - Twenty-two officers graduated today from the Academy.\n\n"
                + "The course, held at the University of the South Pacific from 11 to 21 March, covered fisheries law.\n\n"
                + "Earlier this year, the Academy organized a regional dialogue on deep-sea mining in Nuku'alofa, Tonga"
                + " (4-5 February 2019), attended by 48 delegates.\n\n"
                + "Upcoming: Forum on ocean finance, Apia, Samoa, 15 July 2019.\n\n"
                + "Outlook\n\nThe 2020 work plan, approved on 15 December 2019, foresees a second expert meeting.\n";
        // "The course" with a range holding the release's day is the same activity; "Upcoming:" and the prose
        // after "Outlook" are none
        assertThat(titles(segment(text), text)).containsExactly("Academy graduates its fifth cohort",
                "Earlier this year, the Academy organized a regional dialogue on deep-sea mining in Nuku'alofa, Tonga"
                        + " (4-5 February 2019), attended by 48 delegates.");
    }

    @Test
    void aPlaceAndDateAfterADashInTheTitleLineAreItsHeader() throws Exception {
        String text = "Report 2009\n\nWorkshop on Money Laundering – Santo Domingo, Dominican Republic, February 16 to 20, 2009\n"
                + "Thirty-five investigators attended.\n\nForum – Youth Edition\nLima, Peru, 4 May 2009\n\nForty came.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Workshop on Money Laundering", "Forum – Youth Edition");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text))
                .startsWith("Santo Domingo, Dominican Republic, February 16 to 20, 2009");
    }

    @Test
    void numberedParagraphsOpeningOnTheirDatesAreTitledByThatSentenceAndReadAsProse() throws Exception {
        String text = "Report of the Programme, 2015-2016\n\nII. Activities\n\n"
                + "1. From 14 to 18 September 2015, the Office conducted a training course on risk profiling in Dushanbe."
                + " Trainers from the Federal Police of Germany delivered two modules.\n\n"
                + "2. In April 2016, two study visits were organized for prosecutors from Uzbekistan to Riga, Latvia."
                + " The visits were funded by the European Union.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly(
                "From 14 to 18 September 2015, the Office conducted a training course on risk profiling in Dushanbe.",
                "In April 2016, two study visits were organized for prosecutors from Uzbekistan to Riga, Latvia.");
        // all of the paragraph is prose: its first sentence may name partners and counts too
        assertThat(seg.sections().get(1).body()).extracting(b -> b.of(text)).containsExactly(
                "In April 2016, two study visits were organized for prosecutors from Uzbekistan to Riga, Latvia."
                        + " The visits were funded by the European Union.");
        // such a paragraph may tell its activity with a verb only
        String met = text + "\n3. On 18 June 2016, the Office met with the Election Commission in Seoul to discuss electoral technology.\n";
        assertThat(titles(segment(met), met)).endsWith("On 18 June 2016, the Office met with the Election Commission in Seoul to discuss electoral technology.");
    }

    @Test
    void aLetteredHeadingIsATitleLineAndAParagraphTitledByItsFirstSentenceKeepsItsProse() throws Exception {
        String text = "Report 2015\n\nA. Border management\n\n"
                + "From 14 to 18 September 2015, the Office conducted a training course on risk profiling in Dushanbe.\n\n"
                + "A regional conference on cross-border cooperation was held in Almaty, Kazakhstan, on 2 and 3 November 2015."
                + " It brought together more than 80 representatives.\n\n"
                + "B. Criminal justice\n\n"
                + "On 25 February 2016, the Office launched a bench book in Bishkek. Some 40 judges attended the launch.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Border management",
                "A regional conference on cross-border cooperation was held in Almaty, Kazakhstan, on 2 and 3 November 2015.",
                "Criminal justice");
        assertThat(seg.sections().get(1).body()).extracting(b -> b.of(text).replaceAll("\\s+", " "))
                .anyMatch(b -> b.contains("It brought together more than 80 representatives."));
    }

    @Test
    void proseAfterAnActivityTableNamingOneRowIsPartOfThatRow() throws Exception {
        String text = "Annual Report 2021\n\nSummary of events\n\n"
                + "| Date | Event | Venue | Participants |\n|---|---|---|---|\n"
                + "| 5-7 May 2021 | Youth climate leaders camp | Castries, Saint Lucia | 36 |\n"
                + "| 14-15 October 2021 | Regional youth forum on the blue economy | Bridgetown, Barbados | 65 |\n"
                + "| 20 November 2021 | National forum on waste | Kingston, Jamaica | 40 |\n\n"
                + "The camp was organized with the Ministry of Education. The youth forum was co-hosted by the"
                + " Commonwealth Secretariat. The forum was broadcast online.\n\nFinances\n\nThe camp was cheap.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Youth climate leaders camp",
                "Regional youth forum on the blue economy", "National forum on waste");
        assertThat(seg.sections()).extracting(s -> s.body().stream().map(b -> b.of(text)).toList()).containsExactly(
                List.of("The camp was organized with the Ministry of Education."),
                List.of("The youth forum was co-hosted by the Commonwealth Secretariat."),
                List.of()); // "The forum" names two rows; after the heading "Finances" nothing is a note
    }

    @Test
    void datedBulletsUnderAHeadingOverEventsToComeAreNoActivities() throws Exception {
        String text = "Newsletter, second half of 2019\n\nHighlights\n\n"
                + "• 8–9 July 2019, Vientiane: Basin dialogue on hydropower, with 75 participants.\n"
                + "• 26 August 2019, Phnom Penh: Training on impact assessment for 30 officials.\n\n"
                + "Coming up\n\n• 12 February 2020: Regional forum on sand mining, Ho Chi Minh City.\n";
        assertThat(segment(text).sections()).hasSize(2);
    }

    @Test
    void aReleaseMarkerIsNeitherTheReportTitleNorAnActivityTitle() throws Exception {
        String text = "FOR IMMEDIATE RELEASE\nThursday, 5 March 2015\n\n"
                + "WASHINGTON, D.C. — Election officials from twelve countries concluded on Wednesday a three-day workshop"
                + " on electoral technology at the headquarters of the Organization.\n\nMedia contact: press@example.org\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.header().title()).isNull();
        assertThat(seg.sections()).singleElement().satisfies(s -> assertThat(s.title()).isNull());
        String headed = "PRESS RELEASE\n\nJournalists trained in climate reporting\n\n"
                + "BRIDGETOWN, Barbados, September 18, 2019 — Twenty-two journalists completed a training today.\n";
        assertThat(segment(headed).header().title().of(headed)).isEqualTo("Journalists trained in climate reporting");
    }

    @Test
    void aCountryNamedWithAndTheIsAPlaceLineUnderTheTitle() throws Exception {
        String text = "Annual Report 2018\n\nRegional workshop on fisheries data\n\n"
                + "Kingstown, Saint Vincent and the Grenadines, 5-7 March 2018\n\n"
                + "The Mechanism held a workshop on fisheries data for 27 statisticians from 12 member states.\n";
        assertThat(segment(text).sections()).singleElement()
                .satisfies(s -> assertThat(s.title().of(text)).isEqualTo("Regional workshop on fisheries data"));
    }

    @Test
    void aFormWithAColumnPerActivityGivesOneActivityPerColumn() throws Exception {
        String text = "Quarterly report\n\nItem\tEvent 1\tEvent 2\n"
                + "Title\tWorkshop on electoral dispute resolution\tSeminar on voter registration\n"
                + "Dates\t14-15 July 2015\t22-24 September 2015\nVenue\tSan José, Costa Rica\tLima, Peru\n"
                + "Participants\t35\t48\n\nBoth events were funded by the Government of Canada.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).extracting(s -> s.title().of(text))
                .containsExactly("Workshop on electoral dispute resolution", "Seminar on voter registration");
        Section second = seg.sections().get(1);
        assertThat(second.labels()).extracting(l -> l.key() + "=" + l.value().of(text))
                .contains("date=22-24 September 2015", "place=Lima, Peru", "participants=48");
        assertThat(seg.sections()).allSatisfy(s -> assertThat(s.body()).extracting(b -> b.of(text))
                .contains("Both events were funded by the Government of Canada."));
    }

    @Test
    void aFormWhoseSecondValueColumnSplitsACountIsOneActivity() throws Exception {
        String text = "Title\tWorkshop on electoral dispute resolution\t\nDates\t14-15 July 2015\t\n"
                + "Venue\tSan José, Costa Rica\t\nParticipants\t12 women\t15 men\n";
        assertThat(segment(text).sections()).singleElement()
                .satisfies(s -> assertThat(s.title().of(text)).isEqualTo("Workshop on electoral dispute resolution"));
    }

    @Test
    void aFormWithoutATitleUnderAHeadingIsThatHeadingsActivity() throws Exception {
        String text = "Past events 2019\n\nTraining of health workers on nutrition screening\n\n18 February 2019\n\n"
                + "Dates\t18-22 February 2019\nVenue\tNiamey, Niger\nParticipants\t45 health workers\n\n"
                + "The training covered screening.\n\nRegional learning event on cash transfers\n\n"
                + "Date\t9-11 April 2019\nPlace\tOuagadougou, Burkina Faso\nAttendance\t62\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).extracting(s -> s.title().of(text)).containsExactly(
                "Training of health workers on nutrition screening", "Regional learning event on cash transfers");
        assertThat(seg.sections().get(0).labels()).extracting(l -> l.key() + "=" + l.value().of(text))
                .contains("place=Niamey, Niger", "participants=45 health workers");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).contains("The training covered screening.");
        assertThat(seg.sections().get(1).labels()).extracting(l -> l.key() + "=" + l.value().of(text))
                .contains("place=Ouagadougou, Burkina Faso");
    }

    @Test
    void aClosingPlanIsNoReportPeriodOfAReleaseWithoutHeadings() throws Exception {
        String text = "Freetown, 20 November 2017 – The Ministry of Health, with support from WHO, has completed two"
                + " regional workshops on disease surveillance for district health teams.\n\n"
                + "The first workshop took place in Freetown on 13-14 November, and the second in Bo on 16-17 November.\n\n"
                + "The Ministry plans to hold a third workshop in Makeni in early 2018.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.header().period()).isNull();
        assertThat(seg.header().dateline()).hasToString("2017-11-20");
    }

    @Test
    void aLetterheadOverAReleaseMarkerWithItsDateIsNoActivity() throws Exception {
        String text = "Ministry of Health and Wellness, Jamaica\nPRESS RELEASE – 9 May 2022\n\n"
                + "Nurses trained in mental health first aid\n\n"
                + "KINGSTON – The Ministry of Health and Wellness, with technical cooperation from the Pan American Health"
                + " Organization, trained 75 community nurses in mental health first aid from 3 to 6 May 2022 at the"
                + " Jamaica Conference Centre.\n\nThe Ministry designed the course with the University of the West Indies.\n";
        assertThat(segment(text).sections()).singleElement()
                .satisfies(s -> assertThat(s.title().of(text)).isEqualTo("Nurses trained in mental health first aid"));
    }

    @Test
    void aTableThatIsNoFormInsideAnActivityIsPassedOver() throws Exception {
        String text = "Annual report 2016\n\nWorkshop on budgeting\n\nLima, Peru, 3-4 May 2016\n\n"
                + "The workshop trained 30 officials.\n\nItem\tQuantity\tCost\nPens\t20\t5\nBooks\t5\t50\n\n"
                + "The materials were distributed.\n";
        assertThat(segment(text).sections()).singleElement().satisfies(s -> {
            assertThat(s.title().of(text)).isEqualTo("Workshop on budgeting");
            assertThat(s.labels()).isEmpty();
        });
    }

    @Test
    void aListItemIsNoReportTitle() throws Exception {
        // a web page's menu outside <nav>, or a report opening on bullets
        String text = "• Home\n• About us\n\nNetwork news: activities in 2017\n\nLegal drafting clinic\n\n"
                + "2–6 October 2017 | Port Vila, Vanuatu\n\nLegal officers of six member states drafted amendments.\n";
        assertThat(segment(text).header().title().of(text)).isEqualTo("Network news: activities in 2017");
    }

    @Test
    void aLaterSentenceIntroducingAnotherActivityOnAnotherDayStartsOne() throws Exception {
        String text = "Report 2010\n\nFinancial investigations in Georgia\n\n"
                + "In Tbilisi, Georgia, the Programme organised a one-day workshop on financial investigations on 7 July 2010,"
                + " attended by 29 investigators. A separate mentoring session for 12 prosecutors followed in Batumi on"
                + " 14-15 July, delivered by a mentor. A follow-up workshop will be held on 3 December.\n\n"
                + "Training for judges\nChisinau, 12-13 May 2010\n\nThe course trained 36 judges."
                + " A reception for the judges was offered on 12 May.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Financial investigations in Georgia",
                "A separate mentoring session for 12 prosecutors followed in Batumi on 14-15 July, delivered by a mentor.",
                "Training for judges"); // a plan and a day already given start none
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).singleElement().asString()
                .endsWith("attended by 29 investigators.");
    }

    @Test
    void proseAfterALabelsFirstSentenceIsTheActivitysBody() throws Exception {
        String text = "Report 2017\n\nPolicy dialogue\nSan José, Costa Rica, 21 June 2017\n"
                + "Participants: 25 women and 20 men from ministries. The dialogue was supported by the ILO.\n\n"
                + "Training of trainers\nDate: 12-14 June 2017\nVenue: Hotel Colón. Quito, Ecuador\nTotal participants: 45\n";
        SegmentedDocument seg = segment(text);
        Section dialogue = seg.sections().get(0);
        assertThat(dialogue.labels("participants")).extracting(l -> l.value().of(text))
                .containsExactly("25 women and 20 men from ministries.");
        assertThat(dialogue.body()).extracting(b -> b.of(text)).containsExactly("The dialogue was supported by the ILO.");
        Section training = seg.sections().get(1);
        assertThat(training.labels("place")).extracting(l -> l.value().of(text)).containsExactly("Hotel Colón. Quito, Ecuador");
        assertThat(training.labels("participants")).extracting(l -> l.value().of(text)).containsExactly("45");
    }

    @Test
    void aReleasesLaterParagraphTellingItsActivityAgainFromADayBeforeStartsNone() throws Exception {
        String text = "COMUNICADO DE PRENSA\n\nConcluye en Panamá taller regional sobre estadísticas de género\n\n"
                + "Ciudad de Panamá, 14 de marzo de 2019.- Con la participación de 38 especialistas, concluyó hoy el"
                + " taller regional sobre estadísticas de género.\n\n"
                + "El taller, que se inició el lunes 11 de marzo, abordó la medición del uso del tiempo.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(titles(seg, text)).containsExactly("Concluye en Panamá taller regional sobre estadísticas de género");
    }

    @Test
    void aLineNamingTheReportIsNoActivityAndGivesItsPeriod() throws Exception {
        String text = "Human Rights Education Project\nAnnual Report 2015\n\n"
                + "In 2015 the project ran a roadshow that visited Arusha, Tanzania, from 2 to 9 May.\n\n"
                + "On 8 September we hosted a roundtable for journalists in Kampala, Uganda.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).hasSize(2).noneMatch(t -> t.contains("Annual Report"));
        assertThat(seg.header().periodStart()).isEqualTo("2015");
        String workshop = "Annual Report 2015\n\nWorkshop report: youth employment\nLima, Peru, 3-4 May 2015\n\nThe workshop trained 20 officials.\n";
        assertThat(titles(segment(workshop), workshop)).containsExactly("Workshop report: youth employment");
    }

    @Test
    void aBulletsTitleStopsBeforeItsPlacesInBracketsOrAfterACue() throws Exception {
        String text = "Programme highlights 2016\n\n"
                + "- 12-14 January: Regional workshop on border management (Dakar, Senegal), co-organized with ECOWAS.\n"
                + "- Training course for labour inspectors in Accra, Kumasi and Tamale, Ghana, 22-26 February 2016.\n"
                + "- 7-8 April 2016 – Seminar on social protection, hosted by the African Development Bank.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional workshop on border management",
                "Training course for labour inspectors", "Seminar on social protection");
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly(
                "(Dakar, Senegal), co-organized with ECOWAS.");
        assertThat(seg.sections().get(1).headerLines()).extracting(b -> b.of(text)).containsExactly(
                "in Accra, Kumasi and Tamale, Ghana, 22-26 February 2016.");
        assertThat(seg.header().title().of(text)).isEqualTo("Programme highlights 2016"); // a heading with a year only
    }

    @Test
    void aShortLineOpeningOnASupportPhraseIsProseNotAHeading() throws Exception {
        String text = "Informe 2019\n\nForo regional sobre agua\nFecha: 05/06/2019\nLugar: Lima, Perú\n"
                + "Con el apoyo del Banco Interamericano de Desarrollo (BID)\n"
                + "Asistieron 150 personas.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(seg.sections()).singleElement().satisfies(s -> {
            assertThat(s.headerLines()).isEmpty();
            assertThat(s.body()).extracting(b -> b.of(text)).containsExactly(
                    "Con el apoyo del Banco Interamericano de Desarrollo (BID)", "Asistieron 150 personas.");
        });
    }

    @Test
    void aLineOfSpeakersIsBodyAndAttendedIsTheCountWhereRegisteredIsNone() throws Exception {
        String text = "Monthly Update – April 2021\n\nWebinar: Financing local adaptation\nDate: 8 April 2021\n"
                + "Speakers from the World Resources Institute and IIED\nRegistered: 412 | Attended: 268\n";
        Section s = segment(text).sections().get(0);
        assertThat(s.body()).extracting(b -> b.of(text)).containsExactly("Speakers from the World Resources Institute and IIED");
        assertThat(s.labels("participants")).extracting(l -> l.value().of(text)).containsExactly("268");
    }

    @Test
    void aPartHeadingLikeHighlightsTitlesNoActivity() throws Exception {
        String text = "ANNUAL REPORT 2014\n\nHighlights\n\n"
                + "In March, the Network held its annual general meeting in Castries, Saint Lucia (12-13 March 2014).\n\n"
                + "A regional simulation exercise took place in Kingston, Jamaica on 2 and 3 June.\n";
        assertThat(titles(segment(text), text)).containsExactly(
                "In March, the Network held its annual general meeting in Castries, Saint Lucia (12-13 March 2014).",
                "A regional simulation exercise took place in Kingston, Jamaica on 2 and 3 June.");
    }

    @Test
    void aTitleOverActivitiesHeldOverAFewMonthsStartsOneLikeItsSiblings() throws Exception {
        String text = "INFORME DE GESTIÓN 2017\n\nCapacitación a funcionarias municipales\n"
                + "Durante los días 14 y 15 de junio, el Instituto capacitó a 45 funcionarias en Puerto Montt.\n\n"
                + "Mesas de trabajo regionales\n"
                + "Entre agosto y octubre se realizaron mesas de trabajo en Antofagasta y Temuco, con 210 participantes.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(titles(seg, text)).containsExactly("Capacitación a funcionarias municipales", "Mesas de trabajo regionales");
    }

    @Test
    void aBulletsPlaceAndDateInBracketsAreItsHeaderLine() throws Exception {
        String text = "Progress report, January–June 2015\n\nKyrgyzstan\n"
                + "• Training of 25 border officials on document security (Bishkek, 12-14 May 2015), delivered with the"
                + " German Federal Police.\n"
                + "• Opening of the renovated border post at Dostuk (Osh region, 3 June 2015).\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Training of 25 border officials on document security",
                "Opening of the renovated border post at Dostuk");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("(Bishkek, 12-14 May 2015)");
    }

    @Test
    void aDatedBulletsPlaceAfterItsTitleIsAHeaderLine() throws Exception {
        String text = "Boletín trimestral – abril a junio de 2019\n\n"
                + "• 22 de mayo – Foro “Ciudades seguras para las mujeres”, Tegucigalpa. Asistieron más de 200 personas.\n"
                + "• Junio: Misión técnica a Medellín, Colombia (12 funcionarios).\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(titles(seg, text)).containsExactly("Foro “Ciudades seguras para las mujeres”", "Misión técnica a Medellín");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("22 de mayo", "Tegucigalpa");
    }

    @Test
    void theIndentedPointsUnderAnEventBulletAreItsOwn() throws Exception {
        String text = "Semester Report, July–December 2018\n\nKey activities\n"
                + "• National workshop on waste management (Lima, Peru, 3-4 October 2018)\n"
                + "   ◦ 35 municipal officers trained\n"
                + "   ◦ Partners: UNDP; Ministry of Environment of Peru\n"
                + "• Regional exchange on recycling cooperatives (Bogotá, Colombia, 21 November 2018)\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("National workshop on waste management",
                "Regional exchange on recycling cooperatives");
        Section workshop = seg.sections().get(0);
        assertThat(workshop.body()).extracting(b -> b.of(text)).containsExactly("35 municipal officers trained");
        assertThat(workshop.labels("partner")).extracting(l -> l.value().of(text))
                .containsExactly("UNDP; Ministry of Environment of Peru");
    }

    @Test
    void numberedParagraphsWithoutADateGoOnTellingTheDatedOneBefore() throws Exception {
        String text = "REPORT OF THE OFFICE\nActivities, January - June 2019\n\nRegional workshop on voter registration\n\n"
                + "1. From 12 to 14 March 2019, the Office organized a regional workshop in Bangkok, Thailand.\n"
                + "2. The workshop was funded by the Government of Australia and the European Union.\n"
                + "3. A total of 45 electoral officials from 12 countries attended.\n\nStudy visit to Seoul\n\n"
                + "4. On 2 and 3 May 2019, the Office met with the Korean Election Commission in Seoul.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(2);
        assertThat(seg.sections().get(0).body()).extracting(b -> b.of(text)).containsExactly(
                "From 12 to 14 March 2019, the Office organized a regional workshop in Bangkok, Thailand.",
                "The workshop was funded by the Government of Australia and the European Union.",
                "A total of 45 electoral officials from 12 countries attended.");
    }

    @Test
    void numberedActivityHeadingsOverLabelRecordsKeepTheirFieldsTogether() throws Exception {
        String text = "READINESS PROGRAMME\nAnnual report 2020\n\n"
                + "Activity 1. Virtual dialogue on adaptation finance\nDate: 9 January 2020\nFormat: online (Zoom)\n"
                + "Participants: 112\n\nActivity 2. National workshop on accreditation\nDate: 5-6 October 2020\n"
                + "Venue: Kigali, Rwanda\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Virtual dialogue on adaptation finance",
                "National workshop on accreditation");
        // "Format:" is a field of the record, so the count after it stays in the first activity
        assertThat(seg.sections().get(0).labels("participants")).extracting(l -> l.value().of(text)).containsExactly("112");
    }

    @Test
    void aParagraphOpeningOnThePlannedDateOfAVisitStartsNoActivity() throws Exception {
        String text = "Mission trains observers in the capital\n\nSanto Domingo, 30 April 2012 – The Mission held a two-day "
                + "training for its observers on 26 and 27 April.\n\n"
                + "On election day, 20 May, the Mission will visit more than 300 polling stations.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(1);
    }

    @Test
    void aNewslettersDatedLeadStoryBeforeItsHeadedItemsIsAnActivity() throws Exception {
        String text = "Network Newsletter No. 14\nSuva, 15 March 2018\n\n"
                + "Last month, on 20 February, the Network held its annual partners' forum in Nadi. Thirty-eight "
                + "representatives attended.\n\nCommunity dialogue in Labasa\n\n"
                + "This week the team facilitated a community dialogue in Labasa on 12 and 13 March.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(2);
        assertThat(seg.sections().get(0).span().of(text)).startsWith("Last month, on 20 February");
        assertThat(seg.header().title().of(text)).isEqualTo("Network Newsletter No. 14");
    }

    @Test
    void monthHeadingsOverParagraphsOfThatMonthsActivities() throws Exception {
        String text = "Health Promotion Office – Activity log, first quarter 2019\n\nJanuary 2019\n\n"
                + "Tobacco control workshop for journalists, Kingston, Jamaica (15 January). 24 journalists attended.\n\n"
                + "School nutrition campaign launch in Castries, Saint Lucia, on 28 January.\n\nFebruary 2019\n\n"
                + "Consultation with community health workers on diabetes care, Georgetown, Guyana, 12-13 February.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(3);
        // "February 2019" heads the consultation, not the launch before it
        assertThat(seg.sections().get(1).span().of(text)).doesNotContain("February");
    }

    @Test
    void theSessionsOfAnEventsProgrammeAreNoActivities() throws Exception {
        String text = "Report of the Regional Youth Climate Forum\nBridgetown, Barbados, 8-9 August 2019\n\n"
                + "The Forum brought together 85 young leaders.\n\nProgramme\n\nDay 1 – Thursday 8 August\n"
                + "10:30 Panel discussion: Youth voices in climate negotiations\n16:30 Field visit to the nature sanctuary\n\n"
                + "Day 2 – Friday 9 August\n09:00 Training session on project proposal writing\n15:00 Closing ceremony\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(1);
        assertThat(Segmenter.opensOnClockTime("9h00 Opening")).isTrue();
        assertThat(Segmenter.opensOnClockTime("2.15 Regional workshop")).isFalse();
    }

    @Test
    void numberedSubHeadingsOfCampsMentoringAndAYouthParliamentAreActivities() throws Exception {
        String text = """
                YOUTH LEADERSHIP NETWORK
                Annual Report 2018

                Section 3: Activities

                3.1 Leadership camps
                Leadership camps were held in Suva (July 9-13) and Apia (July 23-27) for 40 young leaders each.

                3.2 Virtual mentoring programme
                From May to July the network paired 30 young people with mentors from local firms.

                3.3 National youth parliament
                On November 30th the network supported the National Youth Parliament in Honiara.
                """;
        assertThat(titles(segment(text), text))
                .containsExactly("Leadership camps", "Virtual mentoring programme", "National youth parliament");
    }

    @Test
    void aTitleWithItsOwnMonthsInBracketsIsNoDateLineAndStartsItsActivity() throws Exception {
        String text = """
                Activities

                Regional seminar on pensions (Lima, Peru, 18-19 May 2017)
                The seminar gathered 90 officials from 12 countries.

                Technical visit to Chile (Santiago, 4-6 September 2017)
                A delegation of 14 officials visited the pension regulator.

                Online course on targeting (October-November 2017)
                With the regional social security conference, the network ran a six-week online course for 230 officials.
                """;
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Regional seminar on pensions", "Technical visit to Chile",
                "Online course on targeting");
        assertThat(seg.sections().get(1).span().of(text)).doesNotContain("230");
    }

    @Test
    void aShortReleaseIsTitledByItsHeadlineNotByItsLetterhead() throws Exception {
        String text = """
                Ministry of Education, Belize
                PRESS RELEASE – 12 March 2021

                Teachers complete literacy coaching

                BELMOPAN – The Ministry coached 40 primary teachers in early literacy from 8 to 10 March 2021.
                """;
        assertThat(titles(segment(text), text)).containsExactly("Teachers complete literacy coaching");
    }

    @Test
    void aParagraphReferringBackToTheSeriesJustToldIsPartOfIt() throws Exception {
        String text = """
                Freetown, 20 November 2017 – The Ministry of Health, with support from WHO, has completed two regional workshops on disease surveillance.

                The first workshop took place in Freetown on 13-14 November, and the second in Bo on 16-17 November. In all, 64 officers took part.

                The workshops were funded by the CDC.
                """;
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SectionKind.WHOLE_DOCUMENT));
    }

    @Test
    void aFirstSentenceIntroducingAnActivityGivesItsDayAnywhere() throws Exception {
        String text = """
                Memoria anual 2017

                Durante el año la Fundación mantuvo su programa de formación. En febrero se realizó en Cusco un taller sobre pasturas para 28 promotores. Posteriormente, del 17 al 19 de mayo, se llevó a cabo en Puno el Encuentro Regional de Mujeres Productoras.

                En el segundo semestre, la Fundación organizó un curso de mejoramiento genético en Huancavelica, del 4 al 8 de septiembre, para 35 técnicos.
                """;
        assertThat(titles(SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es"), text))
                .hasSize(3).last().asString().startsWith("En el segundo semestre");
    }

    @Test
    void anActivityHeadingOverBulletPointsTakesThemAll() throws Exception {
        String text = """
                Semi-annual report, January–June 2018

                National symposium on stunting
                • Held in Dodoma on 14–15 March 2018
                • 180 participants from government and NGOs

                Training of district nutrition officers
                • Mwanza, 7–11 May 2018
                • 26 officers from 9 districts trained
                • Supported by UNICEF

                Media breakfast on food fortification
                • Dar es Salaam, 21 June 2018
                • 30 journalists
                """;
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("National symposium on stunting", "Training of district nutrition officers",
                "Media breakfast on food fortification");
        assertThat(seg.sections().get(1).span().of(text)).endsWith("Supported by UNICEF");
        assertThat(seg.sections().get(2).headerLines()).extracting(h -> h.of(text)).containsExactly("Dar es Salaam, 21 June 2018");
    }

    @Test
    void datedBulletsUnderANumberedPlannedHeadingAreNoActivities() throws Exception {
        String text = """
                Quarterly Progress Report, 1 April – 30 June 2022

                2.1 Seed fair
                The seed fair in Petauke on 19 May 2022 brought together about 450 farmers.

                3. PLANNED FOR NEXT QUARTER
                - Refresher training for field school facilitators, Lundazi, August 2022
                - Exchange visit of farmers to Mpika, September 2022
                """;
        assertThat(titles(segment(text), text)).containsExactly("Seed fair");
    }

    @Test
    void spanishSessionHeadingsWithPlaceAndDateAreActivities() throws Exception {
        String text = """
                I. REUNIONES DE LA RED

                Sesión ordinaria N.º 12 – Montevideo, 28 de febrero de 2019
                La Red celebró su duodécima sesión ordinaria. Asistieron 19 delegados.

                Sesión extraordinaria – modalidad virtual, 10 de abril de 2019
                Se aprobó el presupuesto del año.
                """;
        assertThat(titles(SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es"), text))
                .hasSize(2).allMatch(t -> t.startsWith("Sesión"));
    }

    @Test
    void cellsMergedOverRowsOnTheLeftOfTheTitleAreEachRowsAndANoteOnAllActivitiesIsEachRowsToo() throws Exception {
        String markup = "# Quarterly report\n\n| Country | Place | Activity | Dates | Participants |\n"
                + "| South Africa | Johannesburg | Training of port health officers | 7-9 July 2020 | 30 |\n"
                + "|  |  | Community dialogue on access to clinics | 21 July 2020 | 65 |\n"
                + "| Zimbabwe | Beitbridge | Review meeting with district staff | 15 September 2020 | 18 |\n\n"
                + "All activities were funded by Sida.\n";
        ExtractedDocument doc = EXTRACTOR.extract(MarkupDocx.toBytes(markup), "t.docx");
        SegmentedDocument seg = segment(doc);
        assertThat(seg.sections()).hasSize(3);
        assertThat(seg.sections().get(1).labels("place")).extracting(l -> l.value().of(doc.text()))
                .containsExactly("South Africa", "Johannesburg");
        assertThat(seg.sections()).allSatisfy(s -> assertThat(s.body()).extracting(b -> b.of(doc.text()))
                .containsExactly("All activities were funded by Sida."));
    }

    @Test
    void aTableInColumnsOfSpacesWhoseCellsWrapKeepsOneActivityPerRow() throws Exception {
        String text = """
                Annex 1: List of activities

                Date          Activity                              Venue                  Participants
                3-6 Feb 2015  Training of fisheries officers on     Honiara, Solomon       22
                              data collection                        Islands
                17 Mar 2015   Community consultation on             Lautoka, Fiji          45
                              marine protected areas
                22-24 Jun     Regional heads of fisheries           Apia, Samoa            60
                              meeting
                """;
        assertThat(titles(segment(text), text)).containsExactly("Training of fisheries officers on", "Community consultation on",
                "Regional heads of fisheries");
    }

    @Test
    void minutesOfOneMeetingAreThatMeetingAndAPlanUnderAnAgendaItemIsNone() throws Exception {
        String text = """
                MINUTES OF THE THIRD MEETING OF THE NATIONAL PLATFORM FOR DISASTER RISK REDUCTION

                Held on 12 September 2019 at the Office of the Prime Minister, Kampala

                Present: 27 members (list in annex)
                Apologies: Ministry of Health, Uganda Red Cross Society

                1. Opening
                The Commissioner opened the meeting at 10:00.

                2. Review of the 2019 flood season
                Members reviewed the response to the floods in Bulambuli in May 2019.

                3. Any other business
                The next meeting will be held on 5 December 2019.
                """;
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("MINUTES OF THE THIRD MEETING OF THE NATIONAL PLATFORM FOR DISASTER RISK REDUCTION");
        Section meeting = seg.sections().get(0);
        assertThat(meeting.headerLines()).extracting(h -> h.of(text)).containsExactly(
                "Held on 12 September 2019 at the Office of the Prime Minister, Kampala");
        assertThat(meeting.labels()).extracting(Labeled::key).containsExactly("participants", "ignore"); // "Apologies:" are absent
    }

    @Test
    void aTitlesModeBeforeItsDateIsCutLikeAPlace() throws Exception {
        String text = """
                Reuniones de la red

                Sesión extraordinaria – modalidad virtual, 10 de abril de 2019
                Se aprobó el presupuesto del año con la participación de 12 defensorías.
                """;
        assertThat(titles(SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es"), text))
                .containsExactly("Sesión extraordinaria");
    }

    @Test
    void anOrientationIsAnActivity() throws Exception {
        String text = """
                Annual Report 2021

                In March, the programme held its annual grantee orientation in Belmopan for 31 representatives.

                In July, a knowledge fair on sustainable fisheries took place in Dangriga.
                """;
        assertThat(titles(segment(text), text)).hasSize(2);
    }

    @Test
    void aTableWithMonthAndDistrictColumnsListsActivitiesAndATableOfTitlesAndDatesAloneListsNone() throws Exception {
        String text = """
                Annual report 2019

                | Month | Training | State / LGA | Participants (F/M) |
                |---|---|---|---|
                | February | Record keeping for cooperatives | Kaduna / Zaria | 41/9 |
                | April | Post-harvest handling of tomatoes | Kano / Dawakin Kudu | 52/0 |

                Publications

                | Title | Date |
                |---|---|
                | Tomato value chain study | June 2019 |
                """;
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Record keeping for cooperatives", "Post-harvest handling of tomatoes");
        assertThat(seg.sections().get(0).labels()).extracting(Labeled::key).containsExactly("date", "place", "participants");
    }

    /** The names shown: a section's name where it has one, else its title. */
    private static List<String> names(SegmentedDocument seg, String text) {
        return seg.sections().stream().map(s -> (s.name() != null ? s.name() : s.title()).of(text).replaceAll("\\s+", " ")).toList();
    }

    @Test
    void aPlaceLineWithoutADateUnderATitleLeavesItTheTitleAndTheDatedProseUnderBoth() throws Exception {
        String text = "Quarterly report, April to June 2018\n\nRefresher course for border agents\nOsh, Kyrgyzstan\n"
                + "On 12-14 May 2018, the project retrained 30 border agents on document checks.\n\n"
                + "Consultation with women traders\nKarakol, Kyrgyzstan\n"
                + "On 20 June 2018 some 45 traders met customs officials to discuss fees.\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Refresher course for border agents", "Consultation with women traders");
        assertThat(seg.sections().get(0).headerLines()).extracting(h -> h.of(text)).containsExactly("Osh, Kyrgyzstan");
    }

    @Test
    void aSentenceTitleIsNamedByTheActivityItTells() throws Exception {
        String text = "Progress report, January to June 2016\n\n"
                + "4. From 3 to 5 March 2016, the Office conducted a training course on wildlife crime in Nairobi for 26 rangers.\n\n"
                + "5. On 9 May 2016, a regional meeting of prosecutors was convened in Kampala, hosted by the Uganda Police.\n";
        SegmentedDocument seg = segment(text);
        assertThat(names(seg, text)).containsExactly("training course on wildlife crime", "regional meeting of prosecutors");
        // the fields still read the whole sentence (its date, its place, its partners)
        assertThat(titles(seg, text).get(1)).startsWith("On 9 May 2016, a regional meeting");
    }

    @Test
    void aSpanishNarrativeActivityIsNamedByItsPhraseNotItsSentence() throws Exception {
        String text = "Informe anual 2016\n\nEn marzo de 2016 la Red realizó un taller de liderazgo juvenil en Cusco, con 40 jóvenes.\n\n"
                + "El 12 de octubre de 2016 la Red organizó un foro sobre empleo verde en Arequipa, con el apoyo de la OIT.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(names(seg, text)).containsExactly("taller de liderazgo juvenil", "foro sobre empleo verde");
    }

    @Test
    void aHeadingNamingOnlyAKindOfActivityIsNamedByTheActivityUnderIt() throws Exception {
        String text = "Annual report 2017\n\n1. BACKGROUND\n\nThe project supports district courts.\n\n2. TRAINING\n\n"
                + "A national course on juvenile justice was held in Lusaka from 6 to 10 March 2017 for 33 magistrates.\n\n"
                + "3. PUBLICATIONS\n\nThe project published a bench book in May 2017.\n";
        assertThat(names(segment(text), text)).containsExactly("national course on juvenile justice");
    }

    @Test
    void activityPhrasesSplitByALineBreakStillNameAndStillTellPlans() throws Exception {
        String text = "Narrative report 2018\n\nIn April 2018 the Alliance held a round\ntable on river basins in Mendoza,"
                + " Argentina, with 28 engineers.\n\nOn 2-3 July 2018 the Alliance organised a study\ntour to Chile for nine"
                + " mayors. A second study tour, to be\nheld on 14 October 2018 in Salta, is being prepared.\n";
        SegmentedDocument seg = segment(text);
        assertThat(names(seg, text)).containsExactly("round table on river basins", "study tour to Chile for nine mayors");
    }

    @Test
    void aParagraphAnnouncingATableTellsAboutEveryRow() throws Exception {
        String text = "Annual report 2019\n\nIn 2019 the centre delivered the following courses with the support of the"
                + " Asian Development Bank:\n\nDate\tCourse\tVenue\n4-6 March 2019\tCourse on tax audit\tManila\n"
                + "7-9 May 2019\tCourse on transfer pricing\tCebu\n\nA further 120 officers took online modules.\n";
        SegmentedDocument seg = segment(text);
        assertThat(seg.sections()).hasSize(2).allSatisfy(s -> assertThat(s.body()).extracting(b -> b.of(text))
                .contains("In 2019 the centre delivered the following courses with the support of the Asian Development Bank:"));
        String captioned = text.replace(":\n\nDate", ".\n\nTable 3. Courses held in 2019\n\nDate")
                .replace("delivered the following courses", "delivered the courses below");
        assertThat(segment(captioned).sections()).hasSize(2).allSatisfy(s -> assertThat(s.body()).extracting(b -> b.of(captioned))
                .contains("In 2019 the centre delivered the courses below with the support of the Asian Development Bank."));
        String total = text.replace("the following courses", "the following 12 courses");
        assertThat(segment(total).sections()).allSatisfy(s -> assertThat(s.body()).isEmpty()); // a total is no row's
    }

    @Test
    void aTitleOverAPlanStartsNoActivityThoughItsShapeIsAnActivitys() throws Exception {
        String text = "Update, first half of 2019\n\n1. Workshop on seed banks\nOn 4 March 2019 the network trained 20 farmers.\n\n"
                + "2. Steering committee\nThe committee will meet on 5 December 2019 in Dodoma.\n";
        assertThat(titles(segment(text), text)).containsExactly("Workshop on seed banks");
    }

    @Test
    void agendaItemsOfMinutesStartNoActivity() throws Exception {
        String text = "Minutes of the 3rd meeting of the Water Sector Group\nDate: 12 April 2021\nVenue: Dodoma, Tanzania\n\n"
                + "1. Matters arising\nThe secretariat reported that a training of data clerks took place in Dodoma on 2 April 2021.\n\n"
                + "2. Any other business\nMembers noted that a workshop on tariffs was held in Arusha on 30 March 2021.\n";
        assertThat(titles(segment(text), text)).doesNotContain("Matters arising", "Any other business");
    }

    @Test
    void aDateHeadedBulletsTitleEndsBeforeItsPlaceAndANoteWithACount() throws Exception {
        String text = "Activity update, first quarter 2020\n\n• 27 January 2020: Review meeting with health directors in Kumasi"
                + " (18 attendees).\n• 3 February 2020: Workshop on stock management in Tamale (22 participants).\n";
        assertThat(titles(segment(text), text)).containsExactly("Review meeting with health directors", "Workshop on stock management");
    }

    @Test
    void aBulletsPlaceAfterADashBeforeItsDateIsAHeaderNotPartOfItsTitle() throws Exception {
        String text = "Six-monthly report, July to December 2019\n\nActivities\n\n"
                + "- Workshop on procurement rules – Nuku'alofa, 23-24 July 2019 – 28 officers, with support from the ADB\n"
                + "- Mentoring for women managers – Neiafu, 10-12 September 2019 – 19 participants\n";
        SegmentedDocument seg = segment(text);
        assertThat(titles(seg, text)).containsExactly("Workshop on procurement rules", "Mentoring for women managers");
        assertThat(seg.sections().get(1).headerLines()).extracting(h -> h.of(text)).containsExactly("Neiafu, 10-12 September 2019");
    }

    @Test
    void aSpanishHeadingNamingOnlyAKindIsNamedByTheActivityUnderIt() throws Exception {
        String text = "Informe trimestral, enero a marzo de 2021\n\n1. Formación\n\nEl 18 de febrero de 2021 se desarrolló en"
                + " Coronel Oviedo un curso de gestión financiera para dirigentes, con 56 asistentes.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(names(seg, text)).containsExactly("curso de gestión financiera para dirigentes");
    }

    @Test
    void aSiblingTitleDatedByAMonthAloneMustTellAnActivity() throws Exception {
        String text = "Update, first half of 2019\n\n1. Workshop on seed banks\nOn 4 March 2019 the network trained 20 farmers.\n\n"
                + "2. Institutional matters\nThe board elected a new chair in May 2019.\n\n"
                + "3. Schools go green\nIn June 2019, volunteers gave a series of talks in ten schools.\n";
        assertThat(titles(segment(text), text)).containsExactly("Workshop on seed banks", "Schools go green");
    }

    @Test
    void aTitleOpeningOnTheDocumentsKindIsNamedByTheActivityAfterIt() throws Exception {
        String text = "Minutes of the 5th meeting of the Coastal Working Group\nDate: 3 May 2021\nVenue: Beira, Mozambique\n\n"
                + "1. Opening\nThe chair opened the meeting.\n";
        assertThat(names(segment(text), text)).containsExactly("5th meeting of the Coastal Working Group");
    }

    @Test
    void aPlaceCueEndsAnActivitysNameOnlyBeforeAName() throws Exception {
        String text = "Informe anual 2016\n\nEn marzo de 2016 la Red realizó una jornada de capacitación en gestión de riesgos en Cusco,"
                + " con 40 jóvenes.\n\nEl 12 de octubre de 2016 la Red organizó un curso en Arequipa, con el apoyo de la OIT.\n";
        SegmentedDocument seg = SEGMENTER.segment(EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt"), "es");
        assertThat(names(seg, text)).containsExactly("jornada de capacitación en gestión de riesgos", "curso");
    }

    @Test
    void thanksAfterTheActivitiesForAGroupOfThemJoinsEachOfThatKind() throws Exception {
        String text = "Annual Report 2018\n\nWorkshop on case management\nKisumu, Kenya, 12-14 March 2018\n"
                + "Thirty social workers were trained.\n\nWorkshop on child-friendly justice\nMbarara, Uganda, 9-11 July 2018\n"
                + "The workshop brought together magistrates.\n\nMeeting of the steering committee\nKampala, Uganda, 2 August 2018\n"
                + "The committee reviewed the plan.\n\nAcknowledgements\n\nWe thank the Government of Norway and UNICEF for "
                + "their support of the workshops above. We thank our members for their support.\n";
        ExtractedDocument doc = EXTRACTOR.extract(text.getBytes(StandardCharsets.UTF_8), "t.txt");
        SegmentedDocument seg = segment(doc);
        String t = doc.text();
        String thanks = "We thank the Government of Norway and UNICEF for their support of the workshops above.";
        List<List<String>> bodies = seg.sections().stream().map(s -> s.body().stream().map(b -> b.of(t)).toList()).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(0)).contains(thanks);
        assertThat(bodies.get(1)).contains(thanks);
        // the meeting is no workshop; thanks naming no group of activities credit none
        assertThat(bodies.get(2)).doesNotContain(thanks);
        assertThat(bodies).allSatisfy(b -> assertThat(b).doesNotContain("We thank our members for their support."));
    }
}
