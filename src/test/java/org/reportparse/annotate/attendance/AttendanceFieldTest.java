package org.reportparse.annotate.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.model.AttendanceValue;

class AttendanceFieldTest {
    private static final AttendanceField FIELD = AttendanceField.load();

    private static AttendanceValue annotate(SectionLayout layout) {
        return FIELD.annotate(layout.build(), layout.context());
    }

    /** seed-sections.txt: the seed report cut into its activities, with the gold attendance. */
    @Test
    void seedReportAttendanceIsExact() throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        SectionLayout layout = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("seed-sections.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") && !line.startsWith("## ")) {
                    continue;
                }
                if (line.startsWith("## ")) {
                    if (layout != null) {
                        found.add(describe(annotate(layout)));
                    }
                    expected.add(line.substring(3));
                    layout = null;
                } else if (layout == null) {
                    layout = SectionLayout.section().period("2005-04").title(line);
                } else {
                    layout.paragraph(line);
                }
            }
        }
        found.add(describe(annotate(layout)));
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(expected).containsExactly("100 more_than", "90 more_than", "- -", "- -", "100 more_than",
                "120 more_than", "100 more_than", "60 exact", "- -", "- -", "- -");
    }

    private static String describe(AttendanceValue v) {
        return v == null ? "- -" : v.count() + " " + v.qualifier();
    }

    @Test
    void countsOfOneListShareTheNounAfterTheLastAndThoseWhoCameOfTheRegisteredAreTheTurnout() {
        assertThat(describe(annotate(SectionLayout.section().title("Webinar")
                .paragraph("The session had 40 in-person and 85 online participants.")))).isEqualTo("125 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Panel")
                .paragraph("The panel brought together 12 national and 8 international experts.")))).isEqualTo("20 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Forum")
                .paragraph("A total of 120 people registered, of whom 95 attended.")))).isEqualTo("95 exact");
        // "enrolled" describes no count of a list: the enrolment is the count, as before
        assertThat(describe(annotate(SectionLayout.section().title("Online course")
                .paragraph("Participants: 142 enrolled, 97 completed")))).isEqualTo("142 exact");
    }

    @Test
    void aLabelOfTrainersOrThingsBeforeABareCountCountsThose() {
        assertThat(describe(annotate(SectionLayout.section().title("Fish warden training")
                .label("participants", "Participants: ", "23 men, 17 women. Trainers: 3 (SPC).")))).isEqualTo("40 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Meeting")
                .paragraph("Countries: 14. Participants: 40.")))).isEqualTo("40 exact");
    }

    @Test
    void countsThatAddUpToTheGroupBeforeThemAreItsBreakdown() {
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .paragraph("Ninety-two health workers were trained in two groups: 48 in Zomba and 44 in Machinga."))))
                .isEqualTo("92 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .paragraph("The first group of 48 was trained in Zomba and 44 more were trained in Machinga."))))
                .isEqualTo("92 exact");
    }

    @Test
    void aCueAfterTheCountedPeoplesOriginStillTouchesAnUnknownNoun() {
        assertThat(describe(annotate(SectionLayout.section().title("Debriefing workshop")
                .paragraph("Twenty-two debriefers from nine member countries took part.")))).isEqualTo("22 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Debriefing workshop")
                .paragraph("Twelve ministries from five countries took part.")))).isEqualTo("- -");
    }

    @Test
    void anUnknownNounOfSeveralWordsStillTouchesTheCueAfterIt() {
        assertThat(describe(annotate(SectionLayout.section().title("Billing system training")
                .paragraph("On 4-5 November 2019, 35 revenue collectors from six districts were trained.")))).isEqualTo("35 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Field course")
                .paragraph("Eighteen young biologists were trained in reef surveys.")))).isEqualTo("18 exact");
        // without a cue right after them the words are no counted people
        assertThat(describe(annotate(SectionLayout.section().title("Field course")
                .paragraph("The course covered 12 reef survey methods in depth.")))).isEqualTo("- -");
    }

    @Test
    void communitiesAndHouseholdsAreCountedThingsNotAttendance() {
        assertThat(describe(annotate(SectionLayout.section().title("Community grants planning")
                .paragraph("Small grants reached six communities, and 41 people in total took part in the planning meetings."))))
                .isEqualTo("41 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Talleres comunitarios")
                .paragraph("Los talleres llegaron a 12 comunidades y 300 hogares.")))).isEqualTo("- -");
    }

    @Test
    void aCountInAClauseAboutTheFutureIsAPlan() {
        assertThat(describe(annotate(SectionLayout.section().title("Nurses trained")
                .paragraph("The Ministry trained 75 community nurses from 3 to 6 May 2022. The Ministry will train a further"
                        + " 100 nurses in Montego Bay later this year.")))).isEqualTo("75 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Curso")
                .paragraph("Se capacitó a 40 docentes. El ministerio tiene previsto capacitar a 200 docentes más en 2019."))))
                .isEqualTo("40 exact");
        // a count before the future cue, or in another clause, keeps its count
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .paragraph("The Academy trained 30 officers and will hold a second course.")))).isEqualTo("30 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .paragraph("Although the Academy will move, 30 officers were trained in May.")))).isEqualTo("30 exact");
    }

    @Test
    void aGenderSplitInProseIsTheAttendanceWhenNothingElseCounts() {
        assertThat(describe(annotate(SectionLayout.section().title("Volunteers workshop")
                .paragraph("A workshop for heritage volunteers was held in Kathmandu with the support of UNESCO. M/F: 12/15."))))
                .isEqualTo("27 exact");
        // another count of the people comes first; a date is no split ("M/F" absent)
        assertThat(describe(annotate(SectionLayout.section().title("Workshop")
                .paragraph("36 participants took part (M/F: 14/22).")))).isEqualTo("36 exact");
        assertThat(annotate(SectionLayout.section().title("Workshop")
                .paragraph("The workshop was held on 12/15 in the capital."))).isNull();
    }

    @Test
    void aCountPerSessionOverAStatedNumberOfSessionsIsTheirSum() {
        assertThat(describe(annotate(SectionLayout.section().title("Webinar series")
                .paragraph("Three webinars were held online in October 2022, each attended by about 90 participants."))))
                .isEqualTo("270 about");
        assertThat(describe(annotate(SectionLayout.section().title("Leadership camps")
                .paragraph("Two camps were held in July. Each camp hosted 40 youth leaders.")))).isEqualTo("80 exact");
        // the sessions named with the people they are for; a semicolon between bracketed dates ends no clause
        assertThat(describe(annotate(SectionLayout.section().title("Camps")
                .paragraph("Two youth camps were organized in Kisumu [3-5 May 2019; 10-12 May 2019]. Each camp hosted 40 young people."))))
                .isEqualTo("80 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Camps")
                .paragraph("Three camps were held in Kisumu in May 2019. Each camp hosted 40.")))).isEqualTo("120 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Talleres")
                .paragraph("Se realizaron tres talleres, cada uno con 25 participantes.")))).isEqualTo("75 exact");
        // "per webinar": a ratio after the participants, not a compound noun ("police stations")
        assertThat(describe(annotate(SectionLayout.section().title("Webinars")
                .paragraph("Four webinars were held in June 2019, with an average of 60 participants per webinar."))))
                .isEqualTo("240 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Talleres")
                .paragraph("Se realizaron tres talleres en mayo, con una asistencia promedio de 35 participantes."))))
                .isEqualTo("105 exact");
    }

    @Test
    void peopleWhoVisitedAFairAttendedIt() {
        assertThat(describe(annotate(SectionLayout.section().title("Transparency fair")
                .paragraph("The fair was visited by some two hundred residents.")))).isEqualTo("200 about");
        assertThat(describe(annotate(SectionLayout.section().title("Feria")
                .paragraph("Más de 300 personas visitaron la feria.")))).isEqualTo("300 more_than");
    }

    @Test
    void aCountPerSessionOverSessionsHeldInListedPlacesIsTheirSum() {
        assertThat(describe(annotate(SectionLayout.section().title("Talleres de liderazgo")
                .paragraph("Se realizaron talleres en Loja, Cuenca y Machala entre el 18 y el 29 de marzo, con un promedio de"
                        + " 35 participantes por taller.")))).isEqualTo("105 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Workshops")
                .paragraph("Workshops were held in Accra, Kumasi and Tamale in June 2019, with 30 participants each."))))
                .isEqualTo("90 exact");
        // places with their countries are not one session each; nor is one course's sites
        assertThat(describe(annotate(SectionLayout.section().title("Workshops")
                .paragraph("Workshops were held in Lima, Peru and Quito, Ecuador, with 30 participants each."))))
                .isEqualTo("30 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Videoconference")
                .paragraph("The course was held in Lima and Bogotá, with 60 participants in each city."))))
                .isEqualTo("60 exact");
    }

    @Test
    void aCountPerSessionIsTheAttendanceOnlyWhenNoOtherCountIs() {
        assertThat(describe(annotate(SectionLayout.section().title("Workshops")
                .paragraph("Sixty journalists completed two workshops. Each workshop gathered 30 journalists."))))
                .isEqualTo("60 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Courses")
                .paragraph("The two courses trained 40 officers, 20 in each course.")))).isEqualTo("40 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Videoconference")
                .paragraph("The course was held in Lima and Bogotá, with 60 participants in each city."))))
                .isEqualTo("60 exact");
        // monthly meetings: several in each place, how many unsaid
        assertThat(describe(annotate(SectionLayout.section().title("Coordination meetings")
                .paragraph("Monthly coordination meetings were held in Quetta, Peshawar and Multan from April to June"
                        + " 2021, with an average of 35 participants per meeting.")))).isEqualTo("35 exact");
    }

    @Test
    void participantsLabelWinsOverProse() {
        AttendanceValue v = annotate(SectionLayout.section().title("Workshop")
                .label("participants", "Participants", "approx. 110")
                .paragraph("More than 200 people visited the exhibition stands."));
        assertThat(describe(v)).isEqualTo("110 about");
        assertThat(v.text()).isEqualTo("approx. 110");
    }

    @Test
    void aBreakdownInBracketsSplitBySemicolonsIsPartOfTheCount() {
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .label("participants", "Participants", "32 (F: 14; M: 18)")))).isEqualTo("32 exact");
    }

    @Test
    void countsSplitByGenderUnderTheirLabelAreSummed() {
        assertThat(describe(annotate(SectionLayout.section().title("Training")
                .label("participants", "No. of participants (M/F)", "4/26")))).isEqualTo("30 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Fair")
                .label("participants", "Participantes (H/M)", "35 / 85")))).isEqualTo("120 exact");
    }

    @Test
    void aRunningTotalSinceAnEarlierYearIsNotTheActivitysCountNorHidesIt() {
        assertThat(describe(annotate(SectionLayout.section().period("2019").title("Regional training")
                .paragraph("The training reached 60 extension officers (of which 22 women), bringing the total number"
                        + " of officers trained by the programme since 2016 to 1,450.")))).isEqualTo("60 exact");
        assertThat(annotate(SectionLayout.section().period("2019").title("Regional training")
                .paragraph("Since 2016 the programme has trained 1,450 officers."))).isNull();
    }

    @Test
    void labelWithoutACountFallsBackToProse() {
        AttendanceValue v = annotate(SectionLayout.section().title("Meeting")
                .label("participants", "Participants", "representatives of 21 member states")
                .paragraph("Some 45 delegates attended the closing session."));
        assertThat(describe(v)).isEqualTo("45 about");
    }

    @Test
    void statedTotalWinsOverParts() {
        AttendanceValue v = annotate(SectionLayout.section().title("Training series")
                .paragraph("The first session trained 20 officers and the second 25 officers.")
                .paragraph("In all, 40 officers completed the series, as some attended both."));
        assertThat(describe(v)).isEqualTo("40 exact");
    }

    @Test
    void subSessionCountsAddUpWithTheWeakestQualifier() {
        AttendanceValue v = annotate(SectionLayout.section().title("Seminars")
                .paragraph("The first seminar was attended by 35 judges.")
                .paragraph("The second seminar, held a week later, gathered about 50 prosecutors."));
        assertThat(describe(v)).isEqualTo("85 about");
        assertThat(v.text()).isEqualTo("35 judges + about 50 prosecutors");
        assertThat(v.span().start()).isLessThan(v.span().end());
    }

    @Test
    void attendanceGivenPerDayAddsUp() {
        assertThat(describe(annotate(SectionLayout.section().title("Workshop on X")
                .paragraph("Attendance was 45 on day one and 38 on day two.")))).isEqualTo("83 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Taller")
                .paragraph("La asistencia fue de 45 personas el primer día y 38 el segundo.")))).isEqualTo("83 exact");
    }

    @Test
    void aGroupCountedAgainIsNotAddedTwice() {
        AttendanceValue v = annotate(SectionLayout.section().title("Course")
                .paragraph("More than 100 persons attended the course. The 100 participants received certificates."));
        assertThat(describe(v)).isEqualTo("100 more_than");
    }

    @Test
    void thoseWhoFinishedACourseArePartOfThoseWhoEnrolled() {
        assertThat(describe(annotate(SectionLayout.section().title("Online course")
                .label("participants", "Participants", "142 enrolled, 97 completed")))).isEqualTo("142 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Curso virtual")
                .label("participants", "Participantes", "142 inscritos, 97 aprobados")))).isEqualTo("142 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Course")
                .paragraph("The course had 60 participants; 51 passed the final exam.")))).isEqualTo("60 exact");
    }

    @Test
    void thoseWhoRegisteredAreNotAddedToThoseWhoAttended() {
        assertThat(describe(annotate(SectionLayout.section().title("Webinar on soil health")
                .paragraph("In all, 210 participants registered and 150 attended the webinar.")))).isEqualTo("150 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Webinar on soil health")
                .paragraph("The webinar drew 150 participants out of 320 registered.")))).isEqualTo("150 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Seminario web")
                .paragraph("Se inscribieron 80 personas y asistieron 65 participantes.")))).isEqualTo("65 exact");
    }

    @Test
    void professionsAreCountedPeople() {
        assertThat(describe(annotate(SectionLayout.section().title("Workshop on gender statistics")
                .paragraph("The Pacific Community ran the workshop for 22 statisticians.")))).isEqualTo("22 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Mangrove restoration training")
                .paragraph("Held at the marine reserve near San Pedro, with 15 tour guides.")))).isEqualTo("15 exact");
    }

    @Test
    void peopleNamedWithoutATieToTakingPartAreNotAddedUp() {
        AttendanceValue v = annotate(SectionLayout.section().title("Training")
                .paragraph("More than 120 representatives from government and academia were among the presenters. "
                        + "Two researchers presented the results of their study."));
        assertThat(describe(v)).isEqualTo("120 more_than");
    }

    @Test
    void countsInSentencesAboutEarlierEventsAreBackground() {
        SectionLayout release = SectionLayout.section().dateline(LocalDate.of(2011, 4, 27)).title("Forum announced")
                .paragraph("The Forum will take place on May 4 and 5 in the capital.")
                .paragraph("It follows up on the regional meeting held in Managua in October 2010, where some "
                        + "70 participants asked for a higher-level meeting.");
        assertThat(annotate(release)).isNull();
    }

    @Test
    void theReleaseEventCountIsKeptWhenBackgroundFollows() {
        SectionLayout release = SectionLayout.section().dateline(LocalDate.of(2011, 3, 3)).title("Course begins")
                .paragraph("The course, which began today, brings together 46 officials from 15 countries.")
                .paragraph("The first, held in Lima in November 2010, trained 35 members of observation missions.");
        assertThat(describe(annotate(release))).isEqualTo("46 exact");
    }

    @Test
    void noCountOfPeopleGivesNull() {
        assertThat(annotate(SectionLayout.section().title("Forum")
                .paragraph("Several members of the Senate addressed the audience during the two-day hearings.")))
                .isNull();
        assertThat(annotate(SectionLayout.section().title("Empty"))).isNull();
    }

    @Test
    void aTitleCountTiedToTakingPartIsTheLastResort() {
        assertThat(describe(annotate(SectionLayout.section().title("Workshop for 30 journalists in Lima")
                .paragraph("The workshop covered ethics and safety.")))).isEqualTo("30 exact");
        assertThat(describe(annotate(SectionLayout.section().title("Workshop for 30 journalists in Lima")
                .paragraph("Some 28 journalists attended.")))).isEqualTo("28 about");
        assertThat(annotate(SectionLayout.section().title("Meeting of 12 member states")
                .paragraph("The meeting adopted the work plan."))).isNull();
    }

    @Test
    void aReportDatedAfterItsPeriodKeepsItsCounts() {
        SectionLayout report = SectionLayout.section().period("2011-01").dateline(LocalDate.of(2012, 1, 15))
                .title("Workshop").paragraph("In March 2011, 40 officials were trained.");
        assertThat(describe(annotate(report))).isEqualTo("40 exact");
    }
}
