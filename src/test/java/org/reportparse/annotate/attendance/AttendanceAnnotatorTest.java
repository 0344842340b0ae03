package org.reportparse.annotate.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceAnnotatorTest {
    private static final AttendanceAnnotator COUNTS = AttendanceAnnotator.shared();

    private static List<CountMention> find(String s) {
        return COUNTS.find(s, 0, s.length(), null);
    }

    @Test
    void saysWhatIsCounted() {
        List<CountMention> found = find("Some 45 police and immigration officials from 8 Caribbean countries took part.");
        assertThat(found).extracting(CountMention::count).containsExactly(45, 8);
        assertThat(found.get(0).counted()).isEqualTo("police");
        assertThat(found.get(0).kind()).isEqualTo(CountedKind.PEOPLE);
        assertThat(found.get(0).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(found.get(1).counted()).isEqualTo("countries");
        assertThat(found.get(1).kind()).isEqualTo(CountedKind.THING);
    }

    @Test
    void tensAndOneInWords() {
        assertThat(find("Thirty-one technicians attended.")).extracting(CountMention::count).containsExactly(31);
        assertThat(find("Asistieron treinta y un docentes.")).extracting(CountMention::count).containsExactly(31);
        assertThat(find("One participant from each of the offices took part.")).isEmpty(); // "one" alone counts nothing
    }

    @Test
    void trainedInAfterPeopleNoListKnowsTiesThemToTheActivity() {
        CountMention m = find("Eighteen young biologists trained in field methods during the course.").get(0);
        assertThat(m.adjacentCue()).isTrue();
        assertThat(m.span().of("Eighteen young biologists trained in field methods during the course."))
                .isEqualTo("Eighteen young biologists");
        assertThat(find("The 12 trained facilitators ran the sessions.").get(0).adjacentCue()).isFalse();
    }

    @Test
    void spanishVerbsOfMobilizingTieTheirCount() {
        String s = "El programa movilizó a 85 brigadistas en la región.";
        CountMention m = COUNTS.find(s, 0, s.length(), null, "es").get(0);
        assertThat(m.count()).isEqualTo(85);
        assertThat(m.adjacentCue()).isTrue();
        String passive = "Se movilizaron 140 vacunadores.";
        assertThat(COUNTS.find(passive, 0, passive.length(), null, "es").get(0).adjacentCue()).isTrue();
    }

    @Test
    void aParticipationLabelInProseTiesItsBareCount() {
        CountMention m = find("The workshop took place in May. Participation: 48 (22 women).").get(0);
        assertThat(m.count()).isEqualTo(48);
        assertThat(m.adjacentCue()).isTrue();
    }

    @Test
    void aVerbNamingPeopleIsNoNounOfACompound() {
        List<CountMention> found = find("Twenty-two journalists from nine Caribbean countries completed a three-day training.");
        assertThat(found).extracting(CountMention::count).containsExactly(22, 9);
        assertThat(found.get(1).kind()).isEqualTo(CountedKind.THING);
        assertThat(find("Of the 142 enrolled, 97 completed the course.")).extracting(CountMention::kind)
                .contains(CountedKind.PEOPLE);
    }

    @Test
    void aCountOfVisitsOrOtherEventsIsNoCountOfThePeopleNamedAfterIt() {
        assertThat(find("In April 2016, two study visits were organized for prosecutors from Uzbekistan."))
                .extracting(CountMention::kind).containsExactly(CountedKind.THING);
        assertThat(find("Se realizaron tres visitas de estudio para fiscales.")).extracting(CountMention::kind)
                .containsExactly(CountedKind.THING);
        // a Spanish adjective after the thing is no compound's people ("NGO representatives" is)
        assertThat(find("Se realizaron dos visitas técnicas a Guatemala.")).extracting(CountMention::kind)
                .containsExactly(CountedKind.THING);
    }

    @Test
    void spanRunsFromTheQualifierToTheNoun() {
        String s = "In Quito more than 100 persons attended.";
        CountMention m = find(s).get(0);
        assertThat(m.span().of(s)).isEqualTo("more than 100 persons");
        assertThat(m.adjacentCue()).isTrue();
    }

    @Test
    void yearsDatesDurationsOrdinalsAndIdentifiersAreNotCounts() {
        assertThat(find("On October 17, 18 and 20-21, 2005 a two-day and a 3-week course, the 22nd session, "
                + "Resolution 1948 and report E-078/11 at 10:30.")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Between 25 and 30 senior police officers attended.|25|AT_LEAST",
        "The workshop brought together 20-25 participants.|20|AT_LEAST",
        "Some 40 to 50 people attended.|40|ABOUT",
        "Asistieron entre 30 y 35 funcionarios.|30|AT_LEAST",
    })
    void aRangeOfPeopleIsOneCountOfAtLeastItsLowerEnd(String sentence, int count, Qualifier qualifier) {
        assertThat(find(sentence)).singleElement().satisfies(m -> {
            assertThat(m.count()).isEqualTo(count);
            assertThat(m.qualifier()).isEqualTo(qualifier);
        });
    }

    @Test
    void rangesOfDaysAndAgesAreNoCounts() {
        assertThat(find("The course ran on 12-15 May for youth aged 15-24.")).isEmpty();
    }

    @Test
    void aCountAfterADatelinesYearAndADashIsNoRangeEnd() {
        assertThat(find("Suva, Fiji – 21 March 2019 – Twenty-two fisheries officers graduated today."))
                .extracting(CountMention::count).containsExactly(22);
        assertThat(find("21 March 2019 - 22 officers graduated.")).extracting(CountMention::count).containsExactly(22);
    }

    @Test
    void vaguePluralsHaveNoCount() {
        CountMention m = find("Dozens of volunteers joined.").get(0);
        assertThat(m.count()).isNull();
        assertThat(m.qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void numberWordsInBothLanguages() {
        assertThat(find("two hundred and fifty people; cuarenta y dos jueces; doscientas personas; "
                + "one thousand two hundred visitors; a dozen experts; 1.200 personas; 1,500 members"))
                .extracting(CountMention::count).containsExactly(250, 42, 200, 1200, 12, 1200, 1500);
    }

    @Test
    void policyAndDecisionMakersArePeople() {
        // a list opening on them is people though "employers" alone counts firms (a job fair's)
        for (String text : new String[] {"The dialogue gathered 75 policy makers, employers and youth representatives.",
            "It brought together 40 decision-makers.", "Reunió a 30 tomadores de decisiones."}) {
            assertThat(find(text)).as(text).extracting(CountMention::kind).containsExactly(CountedKind.PEOPLE);
        }
    }

    @Test
    void aNumberEndingInOneIsRead() {
        assertThat(find("Forty-one observers attended; treinta y un jueces; two hundred and one people"))
                .extracting(CountMention::count).containsExactly(41, 31, 201);
        // an article after a number word joins it only through a hyphen or "and"
        assertThat(find("twenty a day for 45 nurses")).extracting(CountMention::count).containsExactly(20, 45);
    }

    @Test
    void partsOfAGroupAreMarked() {
        assertThat(find("34 (29 women)")).extracting(CountMention::part).containsExactly(false, true);
        assertThat(find("cuarenta y dos facilitadores, veinte de ellos llegados de Paraguay"))
                .extracting(CountMention::part).containsExactly(false, true);
        assertThat(find("60 participants, including 25 women")).extracting(CountMention::part)
                .containsExactly(false, true);
        assertThat(find("a workshop for 30 women")).extracting(CountMention::part).containsExactly(false);
    }

    @Test
    void placesOfferedAreACeiling() {
        CountMention m = find("Up to 50 places are available.").get(0);
        assertThat(m.kind()).isEqualTo(CountedKind.CAPACITY);
        assertThat(m.qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(find("The fair was held in 5 places.").get(0).kind()).isEqualTo(CountedKind.THING);
    }
}
