package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceAnnotatorTest {
    static final PlaceAnnotator PLACES = Shared.PLACES;

    private static List<String> find(String text) {
        return describe(PLACES.find(text, 0, text.length()));
    }

    private static List<String> find(String text, Set<String> section, Set<String> document) {
        return describe(PLACES.find(text, 0, text.length(), new PlaceContext(section, document)));
    }

    /** "City|CC" or "=Country|CC" for a country-only mention, with the text in brackets. */
    private static List<String> describe(List<PlaceMention> ms) {
        return ms.stream().map(m -> (m.countryOnly() ? "=" : "") + m.name() + "|" + m.countryCode()).toList();
    }

    @Test
    void cityCountryLineIsOneMentionSpanningBoth() {
        String t = "Guatemala City, Guatemala, December 1-2, 2005";
        List<PlaceMention> ms = PLACES.find(t, 0, t.length());
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).span().of(t)).isEqualTo("Guatemala City, Guatemala");
        assertThat(ms.get(0).place().region()).isEqualTo("Guatemala");
        assertThat(ms.get(0).place().latitude()).isBetween(14.0, 15.0);
    }

    @Test
    void namesWithInnerLowerCaseWordsOfOtherLanguages() {
        assertThat(find("held in Dar es Salaam, Tanzania, and in Frankfurt am Main")).containsExactly(
                "Dar es Salaam|TZ", "Frankfurt am Main|DE");
    }

    @Test
    void countryQualifierPicksTheRightSantiago() {
        assertThat(find("Santiago, Chile. On October 19-21")).containsExactly("Santiago|CL");
        assertThat(find("Santiago, Dominican Republic, 4 May")).containsExactly("Santiago de los Caballeros|DO");
        assertThat(find("Santiago, República Dominicana")).containsExactly("Santiago de los Caballeros|DO");
    }

    @Test
    void aPlaceEndsBeforeAnArticleThatStartsTheNextPhrase() {
        assertThat(find("se celebró en Ciudad de Guatemala el Foro Regional")).containsExactly("Guatemala City|GT");
        assertThat(find("the OAS held in Lima the Forum on Prevention")).containsExactly("Lima|PE");
        assertThat(find("The seminar was held in Santiago de los Caballeros.")).containsExactly("Santiago de los Caballeros|DO");
    }

    @Test
    void pluralTownWordsBetweenTheCueAndThePlaces() {
        assertThat(find("talleres en las ciudades de San Pedro Sula y La Ceiba, Honduras"))
                .containsExactly("San Pedro Sula|HN", "La Ceiba|HN");
        assertThat(find("workshops in the cities of Kingston and Montego Bay")).containsExactly("Kingston|JM", "Montego Bay|JM");
    }

    @Test
    void writtenFormsOfMexicoCityAndWashington() {
        assertThat(find("Mexico, DF, October 17-19, 2005")).containsExactly("Mexico City|MX");
        assertThat(find("a seminar was held in Mexico DF in March")).containsExactly("Mexico City|MX");
        assertThat(find("Ciudad de México, 3 de marzo")).containsExactly("Mexico City|MX");
        assertThat(find("Washington, D.C., March 3, 2011")).containsExactly("Washington|US");
        assertThat(find("Ciudad de Panamá, Panamá")).containsExactly("Panama City|PA");
    }

    @Test
    void cityStateForms() {
        assertThat(find("New York, New York. On October 18")).containsExactly("New York|US");
        assertThat(find("Guadalajara, Jalisco, Mexico")).containsExactly("Guadalajara|MX");
        assertThat(find("Victoria, British Columbia")).containsExactly("Victoria|CA");
        assertThat(find("Portland, Oregon")).containsExactly("Portland|US");
        assertThat(find("Portland, Maine")).containsExactly("Portland|US");
        assertThat(find("Victoria (Seychelles), 3-4 May")).containsExactly("Victoria|SC");
        String t = "held in Lima (Peru) in May";
        assertThat(PLACES.find(t, 0, t.length()).get(0).span().of(t)).isEqualTo("Lima (Peru)");
    }

    @Test
    void listsOfCitiesShareTheirCountry() {
        assertThat(find("La Paz, Cochabamba and Trinidad, October 17-21, 2005"))
                .containsExactly("La Paz|BO", "Cochabamba|BO", "Trinidad|BO");
        assertThat(find("Belgrade and Novi Sad, Serbia")).containsExactly("Belgrade|RS", "Novi Sad|RS");
    }

    @Test
    void contextChoosesAmongSameNamedPlaces() {
        String t = "a forum was held in Trinidad";
        assertThat(find(t, Set.of("BO"), Set.of())).containsExactly("Trinidad|BO");
        assertThat(find(t, Set.of("CU"), Set.of())).containsExactly("Trinidad|CU");
        assertThat(find("in the Bolivian city of Trinidad")).containsExactly("Trinidad|BO");
        assertThat(find("the workshop in La Paz", Set.of(), Set.of("BO", "PE"))).containsExactly("La Paz|BO");
        assertThat(find("the workshop in La Paz", Set.of("MX"), Set.of("BO", "MX"))).containsExactly("La Paz|MX");
        assertThat(find("meeting in San José", Set.of("CR"), Set.of())).containsExactly("San José|CR");
        assertThat(find("meeting in San Jose", Set.of("US"), Set.of())).containsExactly("San Jose|US");
        assertThat(find("held in Córdoba", Set.of("ES"), Set.of())).containsExactly("Córdoba|ES");
        assertThat(find("held in Córdoba", Set.of("AR"), Set.of())).containsExactly("Córdoba|AR");
    }

    @Test
    void aCueAtTheEndOfAWrappedLineReachesThePlaceOnTheNext() {
        assertThat(find("A training on wildlife crime was held on 4 November 2015 in\nMachakos. Participants"))
                .containsExactly("Machakos|KE");
        String venue = "The course ended today at the\r\nHilton Hotel, Nairobi.";
        assertThat(PLACES.scan(venue, 0, venue.length(), PlaceContext.NONE))
                .singleElement().satisfies(f -> assertThat(f.cued()).isTrue());
        // a title line ending on a name does not run into the place line under it
        assertThat(find("Workshop in Accra\nKumasi, Ghana")).containsExactly("Accra|GH", "Kumasi|GH");
        String paragraphs = "was held in\n\nMachakos";
        assertThat(PLACES.scan(paragraphs, 0, paragraphs.length(), PlaceContext.NONE))
                .singleElement().satisfies(f -> assertThat(f.cued()).isFalse());
    }

    @Test
    void aPlaceListedAfterANameTheGazetteerLacksSharesItsCue() {
        String held = "A training was held in Adama and Bahir Dar from 22 to 26 July.";
        assertThat(PLACES.scan(held, 0, held.length(), PlaceContext.NONE))
                .singleElement().satisfies(f -> assertThat(f.cued()).isTrue());
        String from = "Teachers from Adama and Bahir Dar attended.";
        assertThat(PLACES.scan(from, 0, from.length(), PlaceContext.NONE))
                .singleElement().satisfies(f -> assertThat(f.origin()).isTrue());
        String month = "A training was held in July and Bahir Dar hosted it.";
        assertThat(PLACES.scan(month, 0, month.length(), PlaceContext.NONE))
                .singleElement().satisfies(f -> assertThat(f.cued()).isFalse());
    }

    @Test
    void aCuedTownTheGazetteerLacksBeforeItsRegionOrCountry() {
        assertThat(find("Held 1st-3rd March 2021 in Ganta, Nimba County.")).containsExactly("Ganta|LR", "Nimba|LR");
        assertThat(find("a workshop held in Ganta, Liberia")).containsExactly("Ganta|LR", "=Liberia|LR");
        String t = "in Ganta, Nimba County";
        assertThat(PLACES.scan(t, 0, t.length(), PlaceContext.NONE).get(0).cued()).isTrue();
        // uncued, in prose: no town ("the Ministry, Nimba County" and the like)
        assertThat(find("Health workers of Ganta, Nimba County")).containsExactly("Nimba|LR");
        // a word for regions after a region's name is part of it, not a longer name
        assertThat(find("visits around Sanniquellie, Nimba County, meeting staff")).containsExactly("Sanniquellie|LR");
    }

    @Test
    void aWordForTheTownsLocalAreaIsNoPartOfItsName() {
        assertThat(find("a training was held in Dawakin Kudu LGA, Kano State")).containsExactly("Dawakin Kudu|NG", "Kano State|NG");
        String line = "Chitipa District, Malawi";
        assertThat(describe(PLACES.scanPlaceLine(line, 0, line.length(), PlaceContext.NONE).stream()
                .map(PlaceAnnotator.Found::mention).toList())).containsExactly("Chitipa|MW", "=Malawi|MW");
    }

    @Test
    void aRegionNamedLikeItsSeatWithTheWordForRegionsRightBeforeOrAfter() {
        // GeoNames spells the region "Cuzco Department": the region whose seat is Cusco
        assertThat(find("movilizó a 85 brigadistas en Región Cusco para una campaña")).containsExactly("Cuzco Department|PE");
        assertThat(PLACES.find("in the Cusco region", 0, 19)).singleElement()
                .satisfies(m -> assertThat(m.place().name()).isEqualTo("Cuzco Department"));
    }

    @Test
    void citiesNamedInEnglishUnlikeGeoNames() {
        // a region and its seat both "La Vega": the city; "Lalitpur" is GeoNames' Pātan in Nepal, not the Indian town
        assertThat(find("a bootcamp held in La Vega, Dominican Republic")).containsExactly("La Vega|DO");
        assertThat(find("a workshop in Lalitpur, Nepal")).containsExactly("Lalitpur|NP");
    }

    @Test
    void namesTheGazetteerLacksListedWithATownBeforeAWordForDistricts() {
        assertThat(find("job fairs in Zomba and Machinga districts")).containsExactly("Zomba|MW", "Machinga|MW");
        assertThat(find("job fairs in Machinga and Zomba districts")).containsExactly("Machinga|MW", "Zomba|MW");
        // without the word for districts the name could be anything
        assertThat(find("job fairs in Zomba and Machinga")).containsExactly("Zomba|MW");
    }

    @Test
    void wordsDescribingTheTownLieBetweenTheCueAndItsName() {
        for (String t : List.of("The workshop was held in the coastal town of Malindi.",
                "The workshop was held in the northern city of Gulu.", "El taller se realizó en la localidad de Yacuiba.")) {
            assertThat(PLACES.scan(t, 0, t.length(), PlaceContext.NONE)).as(t)
                    .singleElement().satisfies(f -> assertThat(f.cued()).isTrue());
        }
    }

    @Test
    void capitalNamedByDemonym() {
        assertThat(find("will take place on May 4 and 5 in the Honduran capital")).containsExactly("Tegucigalpa|HN");
        assertThat(find("se realizará en la capital paraguaya")).containsExactly("Asunción|PY");
        assertThat(find("a forum held in the Ghanaian capital")).containsExactly("Accra|GH");
        assertThat(find("un taller en la capital senegalesa")).containsExactly("Dakar|SN");
    }

    @Test
    void countryOnlyAndSpanishNames() {
        assertThat(find("a workshop in Bolivia")).containsExactly("=Bolivia|BO");
        assertThat(find("Lugar: Quetzaltenango, Guatemala")).containsExactly("Quetzaltenango|GT");
        assertThat(find("Puerto España, Trinidad y Tobago")).containsExactly("Port of Spain|TT");
    }

    @Test
    void possessivesAndSaintAbbreviations() {
        assertThat(find("held in Lima's historic centre")).containsExactly("Lima|PE");
        assertThat(find("St. George's, Grenada")).containsExactly("Saint George's|GD");
        assertThat(find("St Georges, Grenada")).containsExactly("Saint George's|GD");
        assertThat(find("Côte d'Ivoire")).containsExactly("=Ivory Coast|CI");
        assertThat(find("Nassau, The Bahamas")).containsExactly("Nassau|BS");
        assertThat(find("a course held in Cartagena de Indias")).containsExactly("Cartagena|CO");
    }

    @Test
    void smallCitiesOnlyAGazetteerKnows() {
        assertThat(find("Szentendre, Hungary, 12-14 May")).containsExactly("Szentendre|HU");
        assertThat(find("Chaguanas, 8 August")).containsExactly("Chaguanas|TT");
        assertThat(find("Villamontes, Bolivia")).containsExactly("Villamontes|BO");
        assertThat(find("Ishkashim, Tajikistan")).containsExactly("Ishkashim|TJ");
        assertThat(find("Ishqoshim, Tajikistan")).containsExactly("Ishqoshim|TJ");
        assertThat(find("la ciudad de La Habana, Cuba")).containsExactly("Havana|CU");
        assertThat(find("Filadelfia, Paraguay")).containsExactly("Filadelfia|PY");
    }

    @Test
    void venuesOrganizationsAndCommonWordsAreNotPlaces() {
        assertThat(find("Radisson Victoria Plaza Hotel, Montevideo, Uruguay")).containsExactly("Montevideo|UY");
        assertThat(find("the Quito Declaration was adopted")).isEmpty();
        assertThat(find("In March the OAS and IOM met. We thank the Union.")).isEmpty();
        assertThat(find("Reunión Técnica del Comité")).isEmpty();
        assertThat(find("Same day, the IOM Mexico office and the Government of Peru met George Washington.")).isEmpty();
        assertThat(find("Quito Ecuador, 12 May")).containsExactly("Quito|EC", "=Ecuador|EC");
    }

    @Test
    void demonymsAreCountryEvidenceNotPlaces() {
        String t = "the Guatemalan Ministry and los expertos peruanos";
        assertThat(find(t)).isEmpty();
        assertThat(PLACES.countriesNamed(t, 0, t.length())).containsExactlyInAnyOrder("GT", "PE");
    }

    @Test
    void countryLookupByNameCodeAndDemonym() {
        assertThat(PLACES.country("GT").orElseThrow().name()).isEqualTo("Guatemala");
        assertThat(PLACES.country("Perú").orElseThrow().code()).isEqualTo("PE");
        assertThat(PLACES.country("Estados Unidos").orElseThrow().code()).isEqualTo("US");
        assertThat(PLACES.country("Ecuadorian").orElseThrow().code()).isEqualTo("EC");
        assertThat(PLACES.country("guatemalteco").orElseThrow().capital().name()).isEqualTo("Guatemala City");
        assertThat(PLACES.country("Swedish").orElseThrow().code()).isEqualTo("SE");
        assertThat(PLACES.country("Atlantis")).isEmpty();
        assertThat(PLACES.country("MD").orElseThrow().name()).isEqualTo("Moldova");
        assertThat(PLACES.country("United States of America").orElseThrow().name()).isEqualTo("United States");
    }

    @Test
    void trinidadIsTheIslandInTheCaribbeanAndTheTownInBolivia() {
        assertThat(find("Port of Spain, Trinidad")).containsExactly("Port of Spain|TT");
        assertThat(find("a youth forum in Trinidad", Set.of("TT"), Set.of("TT", "JM"))).containsExactly("=Trinidad and Tobago|TT");
        assertThat(find("a youth forum in Trinidad", Set.of("BO"), Set.of("BO"))).containsExactly("Trinidad|BO");
    }
}
