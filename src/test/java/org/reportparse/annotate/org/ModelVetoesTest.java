package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportparse.annotate.place.Gazetteer;
import org.reportparse.model.PartnerValue;

/**
 * The name finder often takes a place or a person next to a role cue for an organization; the
 * gazetteer and the list of given names veto those.
 */
class ModelVetoesTest {
    private static final PartnerField WITH_GAZETTEER = PartnerField.load(null, Gazetteer.load()::names);

    private static final OrgModel MODEL = OrgModel.builtIn();

    /** What the name finder alone takes for organizations: the precondition of each veto. */
    private static List<String> modelGuesses(String sentence) {
        return MODEL.find(sentence, 0, sentence.length()).stream().map(s -> s.of(sentence)).toList();
    }

    private static List<String> names(PartnerField field, String sentence) {
        Layout.Fixture f = Layout.prose(sentence);
        return field.annotate(f.first(), f.context()).stream().map(PartnerValue::name).toList();
    }

    @Test
    void aModelOnlyNameThatIsAPlaceIsNoOrganization() {
        String sentence = "The meeting was convened by San Pedro Sula with the support of the Ministry of Health.";
        assertThat(names(Partners.FIELD, sentence)).as("without the gazetteer").contains("San Pedro Sula");
        assertThat(names(WITH_GAZETTEER, sentence)).doesNotContain("San Pedro Sula").contains("Ministry of Health");
    }

    @Test
    void aWorldRegionIsNoOrganization() {
        assertThat(names(Partners.FIELD, "Con la participación de especialistas de 12 países de América Latina,"
                + " el taller fue organizado por la CEPAL.")).doesNotContain("América Latina");
    }

    @Test
    void aDatelineCityInCapitalsIsNoAcronym() {
        String sentence = "WASHINGTON, D.C. — Officials concluded a workshop that the OAS and CICTE organized.";
        assertThat(names(Partners.FIELD, sentence)).as("without the gazetteer").contains("WASHINGTON");
        assertThat(names(WITH_GAZETTEER, sentence)).doesNotContain("WASHINGTON").contains("Organization of American States");
    }

    @Test
    void aShortDatelineCityInCapitalsIsNoAcronymWhereADatelineStands() {
        String dateline = "SUVA, Fiji (14 August 2019) – The training was organized by UN-Habitat.";
        assertThat(names(WITH_GAZETTEER, dateline)).containsExactly("United Nations Human Settlements Programme");
        // inside a sentence a short word in capitals may name an organization whatever place shares it
        assertThat(names(WITH_GAZETTEER, "The training was organized by UN-Habitat and SUVA.")).contains("SUVA");
    }

    @Test
    void anOfficesPortfolioIsNoOrganization() {
        assertThat(names(Partners.FIELD, "Remarks were delivered by the Minister of Foreign Affairs of Barbados.")).isEmpty();
        assertThat(names(Partners.FIELD, "The Ministry of Foreign Affairs of Barbados hosted the launch."))
                .containsExactly("Ministry of Foreign Affairs of Barbados");
    }

    @Test
    void organizationsThatAreNoPlacesStay() {
        String sentence = "The clinic day was hosted by Nuevo Leon, with support from Casa Alianza.";
        assertThat(names(Partners.FIELD, sentence)).as("without the gazetteer").contains("Nuevo Leon");
        assertThat(names(WITH_GAZETTEER, sentence)).containsExactly("Casa Alianza");
    }

    /** A name ending on an administrative division's word is that place; a body there has a head word. */
    @Test
    void aModelOnlyNameEndingOnADivisionIsAPlace() {
        assertThat(names(Partners.FIELD, "The supervision visits were hosted by Nimba County, with support from Last Mile Health."))
                .containsExactly("Last Mile Health");
        assertThat(names(Partners.FIELD, "The Nimba County Health Team co-organized the training."))
                .containsExactly("Nimba County Health Team");
    }

    /** A name joined by a hyphen to a word outside it is part of a longer word: a programme's "INVEST" of "AL-INVEST". */
    @Test
    void aHyphenJoinedPartIsNoOrganization() {
        String sentence = "El seminario fue organizado por la OEA, con el financiamiento de la Unión Europea,"
                + " en el marco del programa AL-INVEST.";
        assertThat(names(Partners.FIELD, sentence)).containsExactly("Organization of American States", "European Union");
    }

    @Test
    void aModelOnlyNameOpeningWithAGivenNameIsAPerson() {
        String sentence = "The clinic was hosted by Margaret Osei, with support from Casa Alianza.";
        assertThat(modelGuesses(sentence)).as("the model's own guess").contains("Margaret Osei");
        assertThat(names(Partners.FIELD, sentence)).containsExactly("Casa Alianza");
    }

    @Test
    void aGivenNameBeforeAnOrganizationHeadWordIsNoPerson() {
        Lexicon lex = Lexicon.builtIn();
        assertThat(lex.looksLikePerson("Helen Marsh")).isTrue();
        assertThat(lex.looksLikePerson("Maria Auxiliadora Foundation")).isFalse();
        assertThat(lex.looksLikePerson("Helen")).isFalse();
    }

    /** The model's own guess (the veto's precondition), then the only partner left. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a head word alone refers back to an organization, it names none
        "On 4 May 2011 the Network and UNDP co-hosted a climate change forum in Port of Spain attended by 120 people."
                + "|Network|United Nations Development Programme",
        // region words and demonyms say where people come from
        "Ministers from eleven Central American and Caribbean countries met, convened by the Pan American Health"
                + " Organization (PAHO).|Central American and Caribbean|Pan American Health Organization",
        // a capital word cut from a capital phrase (a dateline)
        "PANAMA CITY, 12 March 2015 - Ministers met today for the meeting, convened by the Pan American Health"
                + " Organization (PAHO).|CITY|Pan American Health Organization",
        // a listed non-organization capital word (acronym-stoplist.txt): part of a country's name
        "The course was run with the Ministry of Health, Lao PDR.|PDR|Ministry of Health",
    })
    void aModelGuessThatNamesNoOrganizationIsVetoed(String sentence, String guess, String only) {
        assertThat(modelGuesses(sentence)).as("the model's own guess").contains(guess);
        assertThat(names(Partners.FIELD, sentence)).containsExactly(only);
    }

    /** An office is held by a person: who opened or addressed an event is no partner by the title alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Prime Minister of Fiji opened the workshop, which was organized by the Ministry of Health.",
        "El Ministro de Salud inauguró el taller, organizado por el Ministerio de Salud.",
        "The Minister of Health delivered the opening remarks at the workshop organized by the Ministry of Health.",
        "The Commissioner for Disaster Preparedness opened the workshop, which was organized by the Ministry of Health.",
    })
    void aModelOnlyNameOpeningWithAnOfficeIsAPerson(String sentence) {
        assertThat(names(Partners.FIELD, sentence)).hasSize(1).allMatch(n -> n.startsWith("Ministry of Health")
                || n.startsWith("Ministerio de Salud"));
    }
}
