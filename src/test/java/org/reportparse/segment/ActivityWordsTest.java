package org.reportparse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityWordsTest {
    private final ActivityWords words = ActivityWords.load();

    @Test
    void proseNamesNoActivityInsideAnOrganizationsName() {
        assertThat(words.typeOfProse("Legal officers drafted amendments during a week-long clinic facilitated by the"
                + " Pacific Islands Forum Secretariat.")).isEmpty();
        assertThat(words.typeOfProse("The Regional Youth Forum took place in Apia.")).contains("forum");
        assertThat(words.typeOfProse("UNODC conducted a training course on risk profiling.")).contains("course");
        assertThat(words.typeOfProse("The OAS held a workshop; a seminar followed.")).contains("workshop");
    }

    @Test
    void aVerbTellsAnActivityButNamesNone() {
        String met = "On 1 December 2016 the Steering Committee met in Panama City";
        assertThat(words.mentionsActivity(met)).isFalse();
        assertThat(words.tellsActivity(met)).isTrue();
        assertThat(words.typeOf(met)).isEmpty();
        assertThat(words.typeOfVerb(met)).contains("meeting");
        assertThat(words.typeOfVerb("El 3 de mayo el comité se reunió en Lima")).contains("meeting");
        // whole words only: "metropolitan" is no meeting
        assertThat(words.tellsActivity("The metropolitan area of Lima")).isFalse();
    }

    @Test
    void nounsTypeATitleByItsHead() {
        assertThat(words.typeOf("Anti-TIP Training Seminar in Lima")).contains("seminar");
        assertThat(words.typeOf("Otras reuniones")).contains("meeting");
        assertThat(words.typeOf("Día de campo sobre manejo integrado de plagas")).contains("outreach");
    }

    @Test
    void anActivityIsIntroducedByAnIndefiniteArticleOrByItsProperName() {
        assertThat(words.introducesActivity("Earlier this year, the Academy organized a regional dialogue in Tonga")).isTrue();
        assertThat(words.introducesActivity("El 25 de noviembre se llevó a cabo una reunión técnica")).isTrue();
        assertThat(words.introducesActivity("The 2018 Pacific Regional Conference on Disability was held in Nadi")).isTrue();
        assertThat(words.introducesActivity("The course, held at the University from 11 to 21 March, covered law")).isFalse();
        assertThat(words.introducesActivity("The Conference was held in Nadi")).isFalse();
    }

    @Test
    void aGenericEventYieldsToASpecificActivityWordAndIsOneItself() {
        ActivityWords w = ActivityWords.load();
        assertThat(w.typeOf("EVENT SPOTLIGHT: Regional Youth Climate Summit")).contains("summit");
        assertThat(w.typeOf("Side event on ocean finance")).contains("other");
        assertThat(w.mentionsActivity("we launched our mentoring programme at an event in Addis Ababa")).isTrue();
        assertThat(w.typeOfVerb("On 14 September 2019 we launched our mentoring programme")).contains("launch");
    }

    @Test
    void campsMentoringAndYouthParliamentsAreActivities() {
        assertThat(words.mentionsActivity("Leadership camps")).isTrue();
        assertThat(words.mentionsActivity("Campamento de verano para jóvenes")).isTrue();
        assertThat(words.mentionsActivity("Virtual mentoring programme")).isTrue();
        assertThat(words.typeOf("National youth parliament")).contains("other");
        assertThat(words.typeOf("we launched our mentoring programme at an event")).contains("other");
        assertThat(words.mentionsActivity("Report to Parliament on the campaign's budget")).isTrue(); // "campaign" only
        assertThat(words.mentionsActivity("Report to Parliament")).isFalse();
    }

    @Test
    void aPhraseSplitAcrossALineBreakIsStillOneActivityWord() {
        assertThat(words.mentionsActivity("held a regional round\n   table")).isTrue();
        assertThat(words.typeOf("Regional round\ntable")).contains("round table");
        assertThat(words.mentionsActivity("a round figure on the table")).isFalse();
    }

    @Test
    void aHeadingOfActivityWordsAloneNamesAKindNotAnActivity() {
        java.util.Set<String> joining = java.util.Set.of("and", "y", "other", "otras");
        assertThat(words.onlyActivityWords("training", joining)).isTrue();
        assertThat(words.onlyActivityWords("field days", joining)).isTrue();
        assertThat(words.onlyActivityWords("Talleres y cursos", joining)).isTrue();
        assertThat(words.onlyActivityWords("Formación", joining)).isTrue();
        assertThat(words.onlyActivityWords("Otras CAPACITACIONES", joining)).isTrue();
        assertThat(words.onlyActivityWords("training of revenue collectors", joining)).isFalse();
        assertThat(words.onlyActivityWords("publications", joining)).isFalse();
    }
}
