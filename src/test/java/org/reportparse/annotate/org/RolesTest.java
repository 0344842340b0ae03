package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportparse.annotate.Span;
import org.reportparse.model.PartnerValue;
import org.reportparse.segment.Section;
import org.reportparse.segment.SectionKind;

class RolesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On May 2 the OAS convened a seminar in Lima.|organizer",
        "The seminar was organized by the OAS.|organizer",
        "Organized jointly by the OAS and the ministry, the course trained 30 judges.|organizer",
        "The course was held with funds from the OAS.|sponsor",
        "El seminario fue organizado por la OEA.|organizer",
        "The OAS hosted the meeting at its headquarters.|host",
        "A delegation of six officials visited the OAS to learn about vote counting.|host",
        "Una delegación visitó la OEA en Washington.|host",
        "The course was financed by the OAS.|sponsor",
        "Funding was provided by the OAS.|sponsor",
        "Financial support has been provided by the OAS.|sponsor",
        "The course was possible with the support of the OAS.|sponsor",
        "El curso contó con el apoyo de la OEA.|sponsor",
        "Los talleres fueron financiados por la OEA.|sponsor",
        "El curso se realizó con el apoyo financiero de la OEA.|sponsor",
        "El curso se realizó con financiamiento de la OEA.|sponsor",
        "Las jornadas fueron organizadas por la OEA.|organizer",
        "The ministry partnered with the OAS to hold a seminar.|partner",
        "The job fair was organised with the OAS.|partner",
        "The dialogue was co-hosted with the OAS.|partner",
        "The workshop was run with the OAS.|partner",
        "The course was run by the OAS.|organizer",
        "Officers drafted amendments in a clinic facilitated by the OAS.|organizer",
        "El taller fue facilitado por la OEA.|organizer",
        "The ministry was joined in this event by the OAS.|partner",
        "The OAS lectured on the protection of victims.|presenter",
        "Speakers from the OAS shared their experience.|presenter",
        "The delegation was invited by the OAS to participate.|organizer",
        "The OAS was present.|partner",
        "The course was organized in partnership with the OAS and funded by the European Union.|partner",
        "The seminar was organised with the OAS and hosted by the University of the West Indies.|partner",
        "The ministry, in cooperation with the OAS, conducted a course for 22 border officers.|partner",
        "Trainers from the OAS delivered two modules.|presenter",
        "La capacitación fue impartida por la OEA.|organizer",
        "The course was held under the auspices of the OAS.|sponsor",
        "El curso se realizó bajo los auspicios de la OEA.|sponsor",
        "The OAS provided technical support.|partner",
        "The OAS provided two instructors.|presenter",
        "The OAS provided mobile money training for the graduates.|presenter",
        "Twelve staff travelled to Accra for a peer exchange with the OAS.|partner",
        "Special thanks go to the OAS for sharing its monitoring data.|partner",
        "The venue was provided by the OAS.|host",
        "The course was held at the OAS's headquarters in Washington.|host",
        "Twenty journalists were trained by the OAS.|organizer",
        // an acronym in parentheses plays its name's role, whatever verb comes nearer to it
        "With support from the Organization of American States (OAS), the ministry trained 200 teachers.|sponsor",
    })
    void readsTheRoleFromTheCueAroundTheMention(String sentence, String role) {
        assertThat(Partners.roles(sentence)).containsEntry("Organization of American States", role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "More than 100 persons attended, including officials from the Ministry of Health of Peru.",
        "While in Lima, the team also met with the Ministry of Health of Peru.",
        "The seminar took place at the Ministry of Health of Peru.",
        "The workshop validated the draft policy, which will be submitted to the Ministry of Health of Peru.",
        "The consultation builds on a 2019 survey by the Ministry of Health of Peru.",
        "The training used case studies from the Ministry of Health of Peru report of 2017.",
    })
    void attendeeEmployersBackgroundAndVenuesAreNotPartners(String sentence) {
        assertThat(Partners.roles(sentence)).doesNotContainKey("Ministry of Health of Peru");
    }

    /** An office held by a person names its body only as the person's employer: the person acts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Secretary General of the OAS sent a message to the participants.",
        "The Secretary-General of the OAS delivered the closing remarks.",
        "El Secretario General de la OEA envió un mensaje a los participantes.",
        // the title after the body's name: "the OAS Representative", "OAS Secretary General José Miguel Insulza"
        "The OAS Resident Representative said the programme would continue.",
        "The post was opened in the presence of the OAS Ambassador.",
        "OAS Secretary General José Miguel Insulza opened the seminar.",
        "El Representante de la OEA inauguró el taller.",
    })
    void anOfficeHoldersBodyIsNoPartner(String sentence) {
        assertThat(Partners.roles(sentence)).doesNotContainKey("Organization of American States");
    }

    /** A cue right before the body's name still gives it its role, and a title-holder may present for it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The workshop was organized by the OAS Country Office.|organizer",
        "The OAS Representative presented the study.|presenter",
    })
    void aTitleAfterTheBodyLeavesACueBeforeIt(String sentence, String role) {
        assertThat(Partners.roles(sentence)).containsEntry("Organization of American States", role);
    }

    @Test
    void anOfficeHolderWhoPresentsOrACueBeforeTheOfficeStillNamesTheBody() {
        assertThat(Partners.roles("The Director General of the OAS presented the study."))
                .containsEntry("Organization of American States", "presenter");
        assertThat(Partners.roles("The course was organized by the Director of the National Police Academy."))
                .containsEntry("National Police Academy", "organizer");
    }

    @Test
    void spanishCuesTakeTheContractedArticle() {
        assertThat(Partners.roles("Con el apoyo financiero del Banco Interamericano de Desarrollo, la OEA reunió a 25 expertos."))
                .containsEntry("Inter-American Development Bank", "sponsor");
    }

    @Test
    void financingAndGenerousSupportMakeSponsors() {
        assertThat(Partners.roles("With financing from the Government of Japan, the workshop trained 30 officials."))
                .containsEntry("Government of Japan", "sponsor");
        assertThat(Partners.roles("Thanks to the generous support of the Ford Foundation, 30 officials were trained."))
                .containsEntry("Ford Foundation", "sponsor");
    }

    @Test
    void theStrongestRoleWinsAcrossMentions() {
        assertThat(Partners.roles("Experts from UNICEF presented. The seminar was funded by UNICEF."))
                .containsEntry("United Nations Children's Fund", "sponsor");
    }

    @Test
    void aVisitedOrganizationHostsAVisitButNotASideTripDuringAWorkshop() {
        String visit = "The delegation visited the Sihanoukville Autonomous Port.";
        assertThat(Partners.of(Layout.section("Study tour to Cambodia", List.of("6 September 2016"), visit)))
                .extracting(PartnerValue::name, PartnerValue::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sihanoukville Autonomous Port", "host"));
        assertThat(Partners.of(Layout.section("Regional workshop on single windows", List.of("6 September 2016"),
                "Participants also visited the Sihanoukville Autonomous Port."))).isEmpty();
    }

    @Test
    void aClauseOpeningOnABareHeadWordNamesTheDocumentsOneBodyUnderIt() {
        assertThat(Partners.roles("Según la Secretaría de Desarrollo Económico, el desempleo juvenil aumentó. "
                + "La Secretaría convocó a 90 emprendedores rurales.")).containsEntry("Secretaría de Desarrollo Económico", "organizer");
        // the bare word is no written form of the name
        assertThat(Partners.inProse("Según la Secretaría de Desarrollo Económico, el desempleo juvenil aumentó. "
                + "La Secretaría convocó a 90 emprendedores rurales.")).flatExtracting(PartnerValue::aliases).doesNotContain("Secretaría");
        // two bodies under the head word: the bare one is neither
        assertThat(Partners.roles("Según la Secretaría de Desarrollo Económico y la Secretaría de Salud, el desempleo aumentó. "
                + "La Secretaría convocó a 90 emprendedores rurales.")).isEmpty();
    }

    @Test
    void aBodyThatSitsIsNoPartnerOfTheSittingItTitles() {
        assertThat(Partners.of(Layout.section("3.3 National youth parliament", List.of("30 November 2017"),
                "The initiative supported the National Youth Parliament in Kingston."))).isEmpty();
    }

    @Test
    void aListItemsAcronymInParenthesesIsNoPartnerOfItsOwn() {
        Layout.Fixture f = Layout.section("Review meeting", List.of("26 September 2017"),
                "Partners: Helen Keller International (HKI); Concern Worldwide; Action contre la Faim (ACF)");
        assertThat(Partners.of(f)).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Helen Keller International", "HKI"),
                org.assertj.core.groups.Tuple.tuple("Concern Worldwide", null),
                org.assertj.core.groups.Tuple.tuple("Action contre la Faim", "ACF"));
    }

    @Test
    void eachItemOfAPartnersListIsAnOrganization() {
        Layout.Fixture f = Layout.section("Launch of the radio campaign", List.of("11 May 2011"),
                "Partners: Radio Pa'i Puku; Governorate of Boquerón; UNFPA; Comité Vecinal Tres Lagunas (CVTL); NGOs");
        assertThat(Partners.of(f)).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Radio Pa'i Puku", null),
                org.assertj.core.groups.Tuple.tuple("Governorate of Boquerón", null),
                org.assertj.core.groups.Tuple.tuple("United Nations Population Fund", "UNFPA"),
                org.assertj.core.groups.Tuple.tuple("Comité Vecinal Tres Lagunas", "CVTL"));
    }

    @Test
    void eachItemOfACommaListIsAnOrganizationButAPlace() {
        Layout.Fixture f = Layout.section("Community water training", List.of("18 September 2018"),
                "Partners: WaterAid, Ministry of Labour, Employment and Social Security, Kisumu, Plan International and Oxfam");
        PartnerField withGazetteer = PartnerField.load(null, org.reportparse.annotate.place.Gazetteer.load()::names);
        assertThat(withGazetteer.annotate(f.first(), f.context())).extracting(PartnerValue::name).containsExactly("WaterAid",
                "Ministry of Labour, Employment and Social Security", "Plan International", "Oxfam");
    }

    @Test
    void aNameRightAfterASecondCueIsReadThere() {
        // "delivered with" is a cue of its own; WaterAid, which no rule or model knows, follows the next one
        assertThat(Partners.roles("The training was delivered with the support of WaterAid, the Aga Khan Foundation"
                + " and the Kenya Red Cross Society.")).containsEntry("WaterAid", "sponsor")
                .containsEntry("Aga Khan Foundation", "sponsor");
    }

    @Test
    void fundingThatCameFromAnOrganizationMakesASponsor() {
        assertThat(Partners.roles("Funding came from the Ministry of Justice and the Pacific Islands Forum Secretariat (PIFS)."))
                .containsEntry("Ministry of Justice", "sponsor").containsEntry("Pacific Islands Forum Secretariat", "sponsor");
    }

    @Test
    void aFormsEmptyAnswerIsNoPartner() {
        for (String none : List.of("None", "N/A", "Ninguno", "To be confirmed")) {
            Layout.Fixture f = Layout.section("World Health Day commemoration", List.of("7 April 2016"),
                    "Partners: " + none);
            assertThat(Partners.of(f)).as(none).isEmpty();
        }
    }

    @Test
    void anUnknownAcronymInATitleOrHeaderLineIsNoOrganizer() {
        Layout.Fixture f = Layout.section("Regional GIS workshop for SIDS", List.of("Vientiane, Lao PDR, May 3-4, 2012"),
                "The workshop was organized by the OAS.");
        assertThat(Partners.of(f)).extracting(PartnerValue::name).containsExactly("Organization of American States");
    }

    @Test
    void aKnownOrganizationInATitleIsTheOrganizer() {
        Layout.Fixture f = Layout.section("UNICEF workshop on child protection", List.of("Lima, Peru, May 3-4, 2012"),
                "Forty officials attended.");
        assertThat(Partners.of(f)).extracting(PartnerValue::name, PartnerValue::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("United Nations Children's Fund", "organizer"));
    }

    @Test
    void aTitleThatIsTheFirstSentenceOfItsBodyIsReadAsProse() {
        // the segmenter titles an activity told in prose by its first sentence, which stays in the body
        String text = "On 21 September 2016 the Project and UNICEF co-hosted a dialogue in Bridgetown.\n";
        Span sentence = new Span(0, text.length() - 1);
        Section s = new Section(0, sentence, sentence, SectionKind.HEADED, List.of(), List.of(), List.of(sentence));
        assertThat(Partners.of(new Layout.Fixture(text, List.of(s)))).extracting(PartnerValue::name, PartnerValue::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("United Nations Children's Fund", "partner"));
    }

    @Test
    void aTitleThatIsASentenceOfProseIsReadAsProse() {
        // a numbered paragraph titled by its first sentence, the rest its body: the title is not in the body
        String text = "From 22 to 24 May 2018, UNESCO's IOC held a training course in Apia, with funding from the Government"
                + " of Australia.\nThirty technicians attended.\n";
        int cut = text.indexOf('\n');
        Span title = new Span(0, cut);
        Span body = new Span(cut + 1, text.length() - 1);
        Section s = new Section(0, new Span(0, text.length() - 1), title, SectionKind.HEADED, List.of(), List.of(), List.of(body));
        assertThat(Partners.of(new Layout.Fixture(text, List.of(s)))).extracting(PartnerValue::name, PartnerValue::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IOC", "organizer"),
                        org.assertj.core.groups.Tuple.tuple("Government of Australia", "sponsor"));
    }

    @Test
    void labelsGiveTheRole() {
        Layout.Fixture f = Layout.section("Regional workshop", List.of("03/09/2009 - 03/13/2009"),
                "Organized by: Ministry of Health of Jamaica", "Funding: UNFPA", "Participants: officials of the Ministry of Education of Jamaica");
        List<PartnerValue> ps = Partners.of(f);
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ministry of Health of Jamaica", "organizer"),
                org.assertj.core.groups.Tuple.tuple("United Nations Population Fund", "sponsor"));
    }

    /** A name the activity's place label gives is that place; a body with a head word there may host. */
    @Test
    void aPlaceLabelsValueIsNoPartner() {
        Layout.Fixture f = Layout.section("Exchange visit to Tofo", List.of("Venue: Tofo"),
                "Twelve fishers visited the Tofo community reserve, hosted by the Marine Megafauna Foundation.");
        assertThat(Partners.of(f)).extracting(PartnerValue::name).containsExactly("Marine Megafauna Foundation");
    }

    /** A cue inside a label's value gives the organization after it its own role. */
    @Test
    void aCueInsideALabelGivesItsRole() {
        Layout.Fixture f = Layout.section("Regional workshop", List.of("03/09/2009 - 03/13/2009"),
                "Organized by: Ministry of Health of Jamaica, with funding from UNFPA");
        assertThat(Partners.of(f)).extracting(PartnerValue::name, PartnerValue::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ministry of Health of Jamaica", "organizer"),
                org.assertj.core.groups.Tuple.tuple("United Nations Population Fund", "sponsor"));
    }

    /** Institutions listed as participating in prose sent attendees: no partners. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Some 70 people attended. Participating institutions: the Ministry of Health of Peru and Makerere University.",
        "Entre las instituciones participantes estuvieron el Ministerio de Salud del Perú y la Universidad de Lima.",
    })
    void participatingInstitutionsInProseAreNoPartners(String sentence) {
        assertThat(Partners.roles(sentence)).doesNotContainKey("Ministry of Health of Peru");
    }

    @Test
    void anAcronymWhosePremisesHostTheActivityIsItsHostThoughNeverSpelledOut() {
        // "at" before a name is a venue's, but the organization's headquarters make it the host
        assertThat(Partners.roles("The first training was held at INTECAP's headquarters in Guatemala City."))
                .containsEntry("INTECAP", "host");
    }

    @Test
    void aVerbCueInThePassiveGivesItsSubjectNoRole() {
        // what "was presented" is a topic; who "were trained" are attendees
        assertThat(Partners.roles("Project COAST was presented as an example of co-management.")).doesNotContainKey("COAST");
        assertThat(Partners.roles("Staff of NEMA were trained on damage assessment.")).doesNotContainKey("NEMA");
    }

    @Test
    void peopleWithHonorificsAndOfficeTitlesAreNoPartners() {
        assertThat(Partners.roles("The Minister of State for Youth, Hon. Grace Akello, gave the closing remarks.")).isEmpty();
        assertThat(Partners.roles("The Chief Medical Officer, Dr. Ayanna Roberts, presented the national surveillance results."))
                .isEmpty();
    }

    @Test
    void aProgrammeWordAloneRefersBackAndNamesNothing() {
        assertThat(Partners.roles("The Facility convened the dialogue together with the National Youth Council."))
                .doesNotContainKey("Facility").containsKey("National Youth Council");
    }

    @Test
    void aProgrammesNameNeedsARoleCue() {
        assertThat(Partners.roles("The Blue Economy Initiative was discussed as an example of co-management."))
                .doesNotContainKey("Blue Economy Initiative");
        assertThat(Partners.roles("The dialogue was funded by the Democratic Governance Facility."))
                .containsEntry("Democratic Governance Facility", "sponsor");
    }
}
