package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportparse.model.PartnerValue;

/** Government bodies and other organizations found by pattern, with their canonical names. */
class RuleFamiliesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The seminar was organized by the Ministry of Foreign Affairs of Peru.|Ministry of Foreign Affairs of Peru",
        "The seminar was organized by the Ecuadorian Ministry of Labor.|Ministry of Labor of Ecuador",
        "The seminar was organized by the Foreign Ministry of Peru.|Ministry of Foreign Affairs of Peru",
        "The Japanese Foreign Ministry sent an expert.|Ministry of Foreign Affairs of Japan",
        // a country's possessive or its name before a government body is the body's country, as a demonym is
        "The tour was organized with the support of Japan's Ministry of Foreign Affairs.|Ministry of Foreign Affairs of Japan",
        "It was held in collaboration with the Barbados Ministry of Health and Wellness.|Ministry of Health and Wellness of Barbados",
        // an abbreviation inside a name ends no sentence
        "The symposium was organized by St. George's University.|St. George's University",
        "Other sponsors included the U.S. Embassy in Quito.|Embassy of the United States in Quito",
        "The meeting was hosted by the Swedish Embassy.|Embassy of Sweden",
        "The meeting was hosted by the Embassy of Sweden.|Embassy of Sweden",
        "Speakers came from the Office of the Attorney General of Colombia.|Office of the Attorney General of Colombia",
        "The project works in association with the National Institute of Women.|National Institute of Women",
        "The Mexican Senate held an event on the new law.|Senate of Mexico",
        "El taller fue organizado por el Ministerio de Desarrollo Social.|Ministerio de Desarrollo Social",
        "Organizan: Corte Suprema de Justicia de Honduras.|Corte Suprema de Justicia de Honduras",
        "El taller fue organizado por el Poder Judicial de Costa Rica.|Poder Judicial de Costa Rica",
        "The course was organized by the Judiciary of Trinidad and Tobago.|Judiciary of Trinidad and Tobago",
        "The course was funded by the Heart Foundation of Jamaica.|Heart Foundation of Jamaica",
        "Lecturers from Andean University Simón Bolívar presented the study.|Andean University Simón Bolívar",
        "The forum was co-organized with the Caribbean Policy Research Institute.|Caribbean Policy Research Institute",
        "The course was financed by the governments of Canada and Spain.|Government of Spain",
        "The project Latinoamericanos Desaparecidos presented its database.|Latinoamericanos Desaparecidos",
        "The course was organized by the Ministry of Environment, Forests and Water Administration.|Ministry of Environment, Forests and Water Administration",
        "The seminar was hosted by the National Secretariat for Children, Adolescents and Family.|National Secretariat for Children, Adolescents and Family",
        "El taller fue organizado por el Ministerio de la Familia, Adolescencia y Niñez (MIFAN).|Ministerio de la Familia, Adolescencia y Niñez",
        "It was held in collaboration with the University of the South Pacific for 22 statisticians.|University of the South Pacific",
        // a field of several words before the name's own list of fields
        "El taller fue organizado por la Secretaría de Derechos Humanos, Justicia, Gobernación y Descentralización.|Secretaría de Derechos Humanos, Justicia, Gobernación y Descentralización",
        "It was funded by the Ministry of Foreign Affairs, Trade and Development of Canada.|Ministry of Foreign Affairs, Trade and Development of Canada",
        // the words after "and" are read up to the next "and": "Bank" is the next name's head, not Trade's
        "It is supported by the New Zealand Ministry of Foreign Affairs and Trade and the Asian Development Bank (ADB).|New Zealand Ministry of Foreign Affairs and Trade",
        "The Ministry of Health and Social Welfare and the Ministry of Justice organized it.|Ministry of Health and Social Welfare",
        // a government named before its head
        "The Kisumu County Government hosted the meeting.|Kisumu County Government",
        "The workshop was funded by the Australian Government.|Government of Australia",
        // a country that funds is its government
        "The training, funded by Norway and the Government of Canada, was held in Dhaka.|Government of Norway",
        "El curso contó con el apoyo financiero de Noruega y Suecia.|Government of Sweden",
        // a name whose "of" complement is a country ends there: what follows "and" is another name
        "The camp was funded by the Embassy of Sweden and Hivos.|Embassy of Sweden",
        "The camp was funded by the Embassy of Sweden and Hivos.|Hivos",
        "Funding from Japan made the course possible.|Government of Japan",
        // a clause opening on nothing but a name before a verb cue: the name acts
        "Bancolombia patrocinó los premios.|Bancolombia",
        "Safaricom sponsored the prizes for the graduates.|Safaricom",
        // an organization's acronym right before a known one's does not swallow it
        "The seminar was organized by the OAS CICAD in Lima.|Inter-American Drug Abuse Control Commission",
        // a team is a body as a unit's or a place's
        "The County Health Team co-organized the training.|County Health Team",
        "It was planned with the District Health Management Team.|District Health Management Team",
        // a list's next name opens with its own words before "de"/"of": the museums, not the bank
        "Organiza: Dirección de Patrimonio y Museos del Banco Central.|Museos del Banco Central",
        // "por" joins a Spanish name as "for" an English one ("Alianza por la Educación")
        "Lo dictó el Servicio Nacional de Áreas Naturales Protegidas por el Estado.|Servicio Nacional de Áreas Naturales Protegidas por el Estado",
    })
    void findsOrganizationsByPattern(String sentence, String expected) {
        assertThat(Partners.inProse(sentence)).extracting(PartnerValue::name).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The seminar was held at the Hotel Camino Real in Guatemala City.",
        "First Regional Congress of Police and Missing People, organized in Santiago.",
        "The training covered Best Practices in Investigation and the Western Hemisphere.",
        "NGOs, civil society and the media took part.",
        "The Anti-TIP campaign began in Lima on AG/RES. 2019 (XXXIV-O/04).",
        "The course explained the UN Convention against Transnational Organized Crime.",
        "Judges discussed the UNODC Global Report on Trafficking in Persons.",
        "Kenya hosted the regional meeting.",
        "John Smith organized the event.",
        "The Project Management Team organized the event.",
    })
    void findsNothingInVenuesEventsTopicsAndGenericGroups(String sentence) {
        assertThat(Partners.inProse(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The National Institute of Women and the National Institute of Migration of Mexico joined.|2",
        "Partners: Organismo Judicial de Guatemala y OEA.|2",
        "The Ecuadorian Ministry of Foreign Affairs and the Ministry of Labor and Employment joined.|2",
        "The Ministry of Health, UNICEF and UNFPA organized the campaign.|3",
        // a government body's second field is no second organization; a registry name after "and" is
        "The Ministry of Community Development and Social Services organized the training.|1",
        "The Ministry of Health and Catholic Relief Services organized the training.|2",
        "La Secretaría de Salud y el Poder Judicial de Honduras convocaron a los jueces.|2",
        "Se coordinó con la Cooperativa de Ahorro y Crédito Riobamba y la Superintendencia de Bancos.|2",
        "It was held together with the Ghana Statistical Service and Mobile Web Ghana.|2",
        "The Institute of Peace and Conflict Studies hosted the course.|1",
    })
    void splitsEnumerationsButNotNamesWithAnd(String sentence, int count) {
        List<PartnerValue> found = Partners.inProse(sentence);
        assertThat(found).hasSize(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a person joined by "and" is no part of the name
        "The session was organized by Robert Mills and Casa Alianza.|Casa Alianza",
        "The course was taught by Maria Lopez and Fundación Esperanza.|Fundación Esperanza",
        "The forum was funded by the Trade and Industry Ministry of Ghana.|Trade and Industry Ministry of Ghana",
        // a national Red Cross society is an organization of its own, not the movement the registry knows
        "The Kenya Red Cross hosted the training.|Kenya Red Cross",
        "It was organized by the Trinidad and Tobago Red Cross Society.|Trinidad and Tobago Red Cross Society",
        "The Costa Rican Red Cross hosted the training.|Costa Rican Red Cross",
        "The Red Cross Society of Panama funded the training.|Red Cross Society of Panama",
        "El taller fue organizado por la Cruz Roja Costarricense.|Cruz Roja Costarricense",
        "La Cruz Roja de Honduras organizó el taller.|Cruz Roja de Honduras",
        "The training was hosted by the Red Cross.|Red Cross",
        // a chapter named with its country after the movement's name, of one word or several
        "It was delivered together with Transparency International Bangladesh.|Transparency International Bangladesh",
        "It was organized with Transparency International El Salvador.|Transparency International El Salvador",
        "The Transparency International Secretariat organized it.|Transparency International",
        // a place complement made of acronyms is another organization's premises; "to the OAS" stays in a mission's name
        "It was organized by the Korean Election Commission at OAS headquarters.|Korean Election Commission",
        "It was organized by the Permanent Mission of Chile to the OAS.|Permanent Mission of Chile to the OAS",
        "It was organized by the Embassy of Canada in Mexico.|Embassy of Canada in Mexico",
        // a level of government is no name, nor its adjective alone
        "The National Government and UNDP organized the workshop.|United Nations Development Programme",
        "The Local Government and UNDP organized the workshop.|United Nations Development Programme",
        // (a country of two words joined by "and" is one)
        "It was funded by the Government of Trinidad and Tobago.|Government of Trinidad and Tobago",
        // a university's unit, a comma, then the university: one partner, the university
        "The seminar was hosted by the Department of Sociology, University of Ghana.|University of Ghana",
        "El taller fue organizado por la Facultad de Derecho, Universidad de Costa Rica.|Universidad de Costa Rica",
        // a body's general secretariat is the body ("General Secretariat" alone names none)
        "The workshop was organized by the General Secretariat of the OAS.|Organization of American States",
        "El taller fue organizado por la Secretaría General de la OEA.|Organization of American States",
        // a funder's acronym before a word in capitals: its programme, which acts on its own
        "Implementing partner: the EU CRIMARIO project.|EU CRIMARIO",
        "The course was delivered by the EU MASE programme.|EU MASE",
        // a government's qualifier between its head and "de": "Gobierno Regional de Cusco"
        "El taller fue organizado por el Gobierno Regional de Cusco.|Gobierno Regional de Cusco",
        // a project's name in quotes is read whole, not up to its first word in lower case
        "La jornada fue organizada por el proyecto \"Salud en los Andes\".|Salud en los Andes",
        // a word in camel case before a product noun is the body's product
        "The delegation was hosted by the Singapore Customs TradeNet system team.|Singapore Customs",
    })
    void findsExactlyTheOneOrganizationNamed(String sentence, String name) {
        assertThat(Partners.inProse(sentence)).extracting(PartnerValue::name).containsExactly(name);
    }

    /** The names listed after the one a cue opens on, with "and", "y", "as well as" or commas, are partners too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was delivered in partnership with the Department of Disaster Management as well as BRAC and Practical Action.|3",
        "Se realizó con la participación de Comfama y Proantioquia.|2",
        "The camp was funded by the Embassy of Sweden and Hivos through its youth fund.|2",
        // a list running into a date, or into a noun phrase naming attendees, ends there
        "The course was funded by UNICEF, Monday to Friday.|1",
        "It was organized with UNDP and Mombasa Youth volunteers.|1",
    })
    void aListAfterACueNamesEachItem(String sentence, int count) {
        assertThat(Partners.inProse(sentence)).hasSize(count);
    }

    /** After funding words, a country qualifying a longer name is no government of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The project is funded by Norway's Agency for Development Cooperation (Norad).",
        "The course was funded by Norway Health Partners.",
    })
    void aCountryBeginningAFundersNameIsNoGovernment(String sentence) {
        assertThat(Partners.inProse(sentence)).extracting(PartnerValue::name).doesNotContain("Government of Norway");
    }

    @org.junit.jupiter.api.Test
    void aNationalSocietyInATitleIsNotTheMovementEither() {
        Layout.Fixture f = Layout.section("Training with the Kenya Red Cross Society", List.of(), "Thirty volunteers were trained.");
        assertThat(Partners.of(f)).extracting(PartnerValue::name).containsExactly("Kenya Red Cross Society");
    }

    /** A name's list of fields may close on the body it belongs to, country and all: one office, not three. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Contó con el apoyo de la Oficina de Población, Refugiados y Migración del Departamento de Estado de los Estados Unidos (PRM).",
        "It was funded by the Bureau of Population, Refugees, and Migration of the U.S. Department of State (PRM).",
    })
    void aListOfFieldsClosingOnItsParentBodyIsOneName(String sentence) {
        List<PartnerValue> found = Partners.inProse(sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).acronym()).isEqualTo("PRM");
        assertThat(found.get(0).name()).matches(".*(Estados Unidos|Department of State)");
    }

}
