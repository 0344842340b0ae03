package org.reportparse.annotate.place;

import org.reportparse.annotate.TestDoc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.model.PlaceValue;
import org.reportparse.segment.ReportHeader;
import org.reportparse.segment.SectionKind;

class PlaceFieldTest {

    private static List<String> places(TestDoc doc, int section, String language) {
        DocumentContext ctx = doc.context(language);
        return Shared.FIELD.annotate(doc.sections().get(section), ctx).stream().map(PlaceFieldTest::describe).toList();
    }

    private static String describe(PlaceValue p) {
        return (p.city() == null ? "=" + p.name() : p.city()) + "|" + p.countryCode();
    }

    @Test
    void bodyPlaceWhereItWasHeldNotWhereSpeakersCameFrom() {
        TestDoc doc = new TestDoc().title("Anti-Trafficking Seminar")
                .body("In addition to experts from Ecuador, the forum featured speakers from Panama, Peru and Colombia. "
                        + "The seminar was hosted in the Supreme Court building in Quito. The U.S. Embassy in Lima sent a delegate.")
                .end()
                .title("Training for judges")
                .body("The Embassy of Sweden in Guatemala funded the training, held in Quetzaltenango for 40 judges.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Quito|EC");
        assertThat(places(doc, 1, "en")).containsExactly("Quetzaltenango|GT");
    }

    @Test
    void visitorsFromACountryVisitThePlaceAfterTheCue() {
        TestDoc doc = new TestDoc().title("Study tour")
                .body("A delegation of 12 officials from Myanmar visited Manila and Cebu, Philippines, from 20 to 24 August 2018.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Manila|PH", "Cebu|PH");
    }

    @Test
    void aJourneyWithAnAdjectiveToAPlaceGivesThePlace() {
        TestDoc doc = new TestDoc().title("Misión técnica a Medellín")
                .body("Doce funcionarios conocieron el modelo de urbanismo social.")
                .end();
        assertThat(places(doc, 0, "es")).containsExactly("Medellín|CO");
    }

    @Test
    void aCountryNamedElsewhereDoesNotTurnACityIntoItsTinyNamesake() {
        TestDoc doc = new TestDoc().title("Taller sobre trata de personas")
                .body("Lima, 3 de octubre de 2018. La OIM realizó un taller para 50 inspectores, con el apoyo del"
                        + " Departamento de Estado de los Estados Unidos.")
                .end(SectionKind.WHOLE_DOCUMENT);
        assertThat(places(doc, 0, "es")).containsExactly("Lima|PE");
        TestDoc ohio = new TestDoc().title("Town hall meeting").body("Held in Lima, Ohio, United States, on 3 May 2018.").end();
        assertThat(places(ohio, 0, "en")).containsExactly("Lima|US");
    }

    @Test
    void regionsNamedAsSuchGiveTheirCountryOnce() {
        TestDoc doc = new TestDoc().title("Refresher training")
                .body("Held in three provinces: Sindh, Punjab and Khyber Pakhtunkhwa, between 15 and 27 February 2021.")
                .end()
                .title("Talleres municipales")
                .body("En noviembre se realizaron talleres en los departamentos de Rivera y Artigas.")
                .end()
                .title("Review meeting")
                .body("The meeting was held in the Amhara and Tigray regions from 9 to 11 July 2019.")
                .end()
                .title("Opening of the border post at Dostuk")
                .header("(Osh region, 3 June 2015)")
                .body("The EU Ambassador attended.")
                .end()
                .title("Workshop")
                .body("A workshop was held in Rivera on 3 May 2019.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("=Pakistan|PK");
        assertThat(places(doc, 1, "es")).containsExactly("=Uruguay|UY");
        assertThat(places(doc, 2, "en")).containsExactly("=Ethiopia|ET");
        assertThat(places(doc, 3, "en")).containsExactly("=Kyrgyzstan|KG");
        assertThat(places(doc, 4, "en")).containsExactly("Rivera|UY"); // no word for regions: the city
    }

    @Test
    void aCitySetOffByCommasInABulletsFirstSentenceIsWhereItWasHeld() {
        TestDoc doc = new TestDoc().section(SectionKind.BULLET)
                .body("Training on municipal budgeting for 38 finance officers, 15-16/02/2018, San Pedro Sula, delivered"
                        + " with the Honduran Association of Municipalities.")
                .section(SectionKind.BULLET)
                .body("Training on municipal budgeting for officers from Tegucigalpa, San Pedro Sula and La Ceiba.")
                .section(SectionKind.HEADED).title("Training on budgeting")
                .body("The training, for officers of the Ministry, San Pedro Sula office, was delivered online.");
        assertThat(places(doc, 0, "en")).containsExactly("San Pedro Sula|HN");
        assertThat(places(doc, 1, "en")).isEmpty(); // where they came from
        assertThat(places(doc, 2, "en")).isEmpty(); // only in a bullet
    }

    /** The places of section 0, the document's first line being the report's title. */
    private static List<String> placesUnderTitle(TestDoc doc, String title, String language) {
        ReportHeader header = new ReportHeader(doc.spanOf(title), null, null, null, null, null);
        return Shared.FIELD.annotate(doc.sections().get(0), doc.context(language, header)).stream()
                .map(PlaceFieldTest::describe).toList();
    }

    @Test
    void aSeatOfTheTitlesCountryOutweighsALargerNamesakeAbroad() {
        String title = "República Dominicana – Ministerio de la Juventud";
        TestDoc doc = new TestDoc().line(title).title("Foro juvenil regional")
                .body("El foro se realizó en Santiago el 12 de mayo de 2018, con 150 jóvenes.").end();
        assertThat(placesUnderTitle(doc, title, "es")).containsExactly("Santiago de los Caballeros|DO");
        // a country named only in a body (here by a demonym) is no report's country
        TestDoc chile = new TestDoc().line("Informe de gestión 2017").title("Seminario internacional")
                .body("El 25 de noviembre se llevó a cabo en Santiago el seminario.").end()
                .title("Capacitación").body("Se realizó con el apoyo de la Agencia Española de Cooperación.").end();
        assertThat(placesUnderTitle(chile, "Informe de gestión 2017", "es")).containsExactly("Santiago|CL");
        // an alias ("Victoria", an old name of Hong Kong) dwarfs no capital named so
        String seychelles = "Seychelles Fisheries Authority - Annual report 2017";
        TestDoc victoria = new TestDoc().line(seychelles).title("Training for boat skippers")
                .body("The training was held in Victoria from 3 to 5 May 2017 for 20 skippers.").end();
        assertThat(placesUnderTitle(victoria, seychelles, "en")).containsExactly("Victoria|SC");
    }

    @Test
    void aRegionNamedWithItsWordIsTheReportsCountrysRegion() {
        // GeoNames names Malawi's and Uganda's "Northern Region" so, Ghana's "Northern"
        TestDoc doc = new TestDoc().line("Ghana Nutrition Programme").title("District nutrition officers refresher")
                .body("The refresher was held in the Northern Region for 54 officers.").end();
        assertThat(places(doc, 0, "en")).containsExactly("=Ghana|GH");
        TestDoc malawi = new TestDoc().line("Malawi Nutrition Programme").title("District nutrition officers refresher")
                .body("The refresher was held in the Northern Region for 54 officers.").end();
        assertThat(places(malawi, 0, "en")).containsExactly("=Malawi|MW");
    }

    @Test
    void aRegionWrittenLikeItsSeatIsTheRegion() {
        // GeoNames spells the department "Cuzco Department"; the text names it by its seat's spelling
        TestDoc doc = new TestDoc().language("es").title("Capacitación en vigilancia de la malaria")
                .label("place", "Lugar:", "Departamento de Cusco").end()
                .title("Taller").body("El taller se realizó en Cusco el 3 de junio.").end();
        assertThat(places(doc, 0, "es")).containsExactly("=Peru|PE");
        assertThat(places(doc, 1, "es")).containsExactly("Cusco|PE");
    }

    @Test
    void aPlaceLabelIsTheCueOfEveryPlaceItNames() {
        TestDoc doc = new TestDoc().title("Joint patrol planning meeting")
                .label("place", "Location", "Aflao / Lomé border post")
                .end()
                .title("Youth forum")
                .label("place", "Venue", "Victoria Hall, Kumasi")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Aflao|GH", "Lomé|TG");
        assertThat(places(doc, 1, "en")).containsExactly("Kumasi|GH"); // a name in a building's name is none
    }

    @Test
    void aCityOpeningAVenueNameIsThePlace() {
        TestDoc doc = new TestDoc().title("Peer exchange")
                .body("The exchange took place at the Kigali Convention Centre on 5 October 2020.")
                .end()
                .title("Training of trainers")
                .label("place", "Venue", "Golden Tulip Hotel, Accra, Ghana")
                .end()
                .title("Youth forum")
                .body("The forum was held at the Radisson Victoria Plaza Hotel on 3 May 2019.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Kigali|RW");
        assertThat(places(doc, 1, "en")).containsExactly("Accra|GH"); // a small namesake opening the name is not
        assertThat(places(doc, 2, "en")).isEmpty();
    }

    @Test
    void theCapitalNamedAfterACommaIsThePlace() {
        TestDoc doc = new TestDoc().title("National seminar")
                .body("Held in the capital, Tegucigalpa, on 7 July 2016.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Tegucigalpa|HN");
    }

    @Test
    void pressReleaseDatelineIsNotTheEventPlace() {
        TestDoc doc = new TestDoc().title("OAS Opens Regional Course on Political Financing")
                .body("Washington, D.C., March 3, 2011 — The OAS today began a two-day course in San Salvador, El Salvador, "
                        + "to train electoral observers. Officials of 15 countries attend.")
                .end(SectionKind.WHOLE_DOCUMENT);
        assertThat(places(doc, 0, "en")).containsExactly("San Salvador|SV");
    }

    @Test
    void aCityStateNamedAsACountryIsItsCity() {
        TestDoc doc = new TestDoc().title("Study tour to Singapore")
                .body("A delegation of eight officials visited the customs single window from 23 to 27 May 2016.").end()
                .title("Study tour to Kenya").body("Eight officials visited the port from 3 to 5 June 2016.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Singapore|SG");
        assertThat(places(doc, 1, "en")).containsExactly("=Kenya|KE"); // a country alone
        TestDoc territories = new TestDoc().title("Study tour on urban heritage")
                .body("Officials visited Hong Kong and Macao from 18 to 22 November 2019.").end();
        assertThat(places(territories, 0, "en")).containsExactly("Hong Kong|HK", "Macao|MO");
    }

    @Test
    void aCityIsNamedAsCommonlyWrittenInEnglish() {
        TestDoc doc = new TestDoc().title("Training of polling station officers")
                .body("The project trained 240 officers in Ulaanbaatar from 8 to 10 June 2020.").end()
                .title("Census course").body("The course was held in Ulan Bator in March 2018.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Ulaanbaatar|MN");
        assertThat(places(doc, 1, "en")).containsExactly("Ulaanbaatar|MN");
    }

    @Test
    void aDatelineInCapitalsWithoutItsDateGivesTheCityWhenNoSentenceSaysWhere() {
        TestDoc doc = new TestDoc().title("Nurses trained in mental health first aid")
                .body("KINGSTON – The Ministry of Health trained 75 community nurses from 3 to 6 May 2022 at the"
                        + " Jamaica Conference Centre.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Kingston|JM");
        TestDoc said = new TestDoc().title("Workshop for judges")
                .body("NAIROBI – The Judiciary held a workshop in Mombasa for 40 judges.").end();
        assertThat(places(said, 0, "en")).containsExactly("Mombasa|KE");
    }

    @Test
    void aBodyOpeningLikeADatelineGivesTheCityWhenNoSentenceSaysWhere() {
        TestDoc doc = new TestDoc().title("Shelter management course")
                .body("Castries, Saint Lucia – 9–11 May 2018. The National Emergency Management Organisation hosted a"
                        + " three-day course for 31 shelter managers.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Castries|LC");
        TestDoc week = new TestDoc().title("Heads of Fisheries meeting")
                .body("Nuku'alofa, Tonga, week of 10 September 2018. Representatives of 14 countries met.").end()
                .title("Fish warden training").label("date", "Dates: ", "28 Nov – 4 Dec 2018. Venue: Training Centre, Lautoka, Fiji.")
                .body("Wardens were trained.").end();
        assertThat(places(week, 0, "en")).containsExactly("Nuku‘alofa|TO");
        // a date label running on into the venue
        assertThat(places(week, 1, "en")).containsExactly("Lautoka|FJ");
    }

    @Test
    void theTownsATourVisitedAreItsPlaces() {
        TestDoc doc = new TestDoc().title("Roadshow on open data")
                .body("Between 3 and 14 March 2016 the roadshow visited Cochabamba and Sucre (Bolivia), reaching 210 staff.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Cochabamba|BO", "Sucre|BO");
    }

    @Test
    void aCountedListOfCitiesAfterAColonOrInBrackets() {
        TestDoc doc = new TestDoc().title("National consultations on the water policy")
                .body("Consultations were held in three cities: Lima, Cusco and Arequipa (Peru), in November 2014.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Lima|PE", "Cusco|PE", "Arequipa|PE");
        TestDoc es = new TestDoc().title("Consultas nacionales")
                .body("Las consultas se realizaron en tres ciudades (Lima, Cusco y Arequipa).").end();
        assertThat(places(es, 0, "es")).containsExactly("Lima|PE", "Cusco|PE", "Arequipa|PE");
    }

    @Test
    void aCitySetOffAtATitlesEndOrInBracketsIsWhereItWasHeld() {
        TestDoc doc = new TestDoc().title("Consultation with civil society on the migration policy, Montego Bay")
                .body("27 NGO representatives attended.").end()
                .title("Training for border officials (Montego Bay), with IOM")
                .body("35 officers trained.").end()
                .title("Meeting with the Minister of Jamaica")
                .body("Officials of Kingston City Council attended.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Montego Bay|JM");
        assertThat(places(doc, 1, "en")).containsExactly("Montego Bay|JM");
        assertThat(places(doc, 2, "en")).doesNotContain("Kingston|JM");
    }

    @Test
    void countryInTitleRefinedByCityCountryInBody() {
        TestDoc doc = new TestDoc().title("OEA inicia en Paraguay taller subregional sobre registro civil")
                .body("Asunción, Paraguay, 1 de julio de 2010 – La OEA inauguró hoy en esta capital el Taller Subregional, "
                        + "que reúne a funcionarios de Argentina, Bolivia y Brasil.")
                .end(SectionKind.WHOLE_DOCUMENT);
        assertThat(places(doc, 0, "es")).containsExactly("Asunción|PY");
    }

    @Test
    void datelineHeaderLineIsWhereTheReleaseWasIssued() {
        TestDoc doc = new TestDoc().title("OAS Opens Regional Course").header("Washington, D.C., March 3, 2011")
                .body("The OAS today began a two-day regional course in San Salvador.").end(SectionKind.WHOLE_DOCUMENT);
        ReportHeader header = new ReportHeader(null, null, null, null, LocalDate.of(2011, 3, 3), doc.spanOf("March 3, 2011"));
        List<String> got = Shared.FIELD.annotate(doc.sections().get(0), doc.context("en", header)).stream()
                .map(PlaceFieldTest::describe).toList();
        assertThat(got).containsExactly("San Salvador|SV");
    }

    @Test
    void aReleaseNamingNoOtherPlaceHappenedWhereItWasIssued() {
        TestDoc doc = new TestDoc().title("Caribbean journalists trained in climate reporting")
                .body("BRIDGETOWN, Barbados, September 18, 2019 — Twenty-two journalists completed a training today.")
                .end(SectionKind.WHOLE_DOCUMENT);
        ReportHeader header = new ReportHeader(null, null, null, null, LocalDate.of(2019, 9, 18),
                doc.spanOf("September 18, 2019"));
        List<String> got = Shared.FIELD.annotate(doc.sections().get(0), doc.context("en", header)).stream()
                .map(PlaceFieldTest::describe).toList();
        assertThat(got).containsExactly("Bridgetown|BB");
    }

    @Test
    void aReleaseDatedOnItsOwnLineHappenedWhereItsFirstParagraphSaysItWasIssued() {
        TestDoc doc = new TestDoc().body("Thursday, 5 March 2015")
                .body("WASHINGTON, D.C. — Election officials from twelve countries concluded a workshop on Wednesday.")
                .end(SectionKind.WHOLE_DOCUMENT);
        ReportHeader header = new ReportHeader(null, null, null, null, LocalDate.of(2015, 3, 5), doc.spanOf("5 March 2015"));
        List<String> got = Shared.FIELD.annotate(doc.sections().get(0), doc.context("en", header)).stream()
                .map(PlaceFieldTest::describe).toList();
        assertThat(got).containsExactly("Washington|US");
    }

    @Test
    void aVisitToACityIsWhereItTookPlaceButAMissionInAnOrganizationsNameIsNot() {
        TestDoc doc = new TestDoc().title("Peer-learning visit - Canada")
                .body("On 14-15 June a delegation of 12 mayors made a two-day peer-learning visit to Victoria, British Columbia.")
                .end()
                .title("Conference on cash controls")
                .body("The European Union Border Assistance Mission to Moldova and Ukraine co-organized the conference,"
                        + " held in Odesa from 29 November to 1 December.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Victoria|CA");
        assertThat(places(doc, 1, "en")).containsExactly("Odesa|UA");
    }

    @Test
    void aRoadshowTakenToCitiesIsWhereItTookPlace() {
        TestDoc doc = new TestDoc().title("Public procurement roadshow")
                .body("Between 3 and 14 March 2014 the programme took its roadshow to three cities: Kumasi, Tamale and Takoradi"
                        + " (Ghana). In total, 312 officers attended.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Kumasi|GH", "Tamale|GH", "Takoradi|GH");
    }

    @Test
    void aCityNamedLikeItsRegionOrCountryAndACityAfterItsVenueAreCities() {
        TestDoc doc = new TestDoc().title("Meeting on trade").body("The meeting was held in Geneva and online.").end()
                .title("Taller regional").body("El taller se realizó en la ciudad de Guatemala.").end()
                .title("Workshop on fisheries").body("The workshop was held at the Hilton Hotel, Lima, Peru.").end()
                .title("Forum on cities").body("Experts from the Ministry of Health, Quito, attended the forum.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Geneva|CH");
        assertThat(places(doc, 1, "es")).containsExactly("Guatemala City|GT");
        assertThat(places(doc, 2, "en")).containsExactly("Lima|PE");
        assertThat(places(doc, 3, "en")).doesNotContain("Quito|EC"); // where the experts came from
    }

    @Test
    void placesListedWithTheirDaysInBracketsAreOneList() {
        TestDoc doc = new TestDoc().title("Roadshow on youth entrepreneurship")
                .body("The roadshow visited Lima (3 May 2017), Cusco (5 May) and Arequipa (7 May), reaching 450 students.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Lima|PE", "Cusco|PE", "Arequipa|PE");
    }

    @Test
    void aLargeCityWrittenInEnglishAfterACueIsFound() {
        TestDoc doc = new TestDoc().title("Meeting on ports").body("The meeting was held in Seville.").end()
                .title("Forum on media").body("The forum took place in Cologne.").end()
                .title("Dialogue on mining").body("The dialogue was held in Ulaanbaatar.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Seville|ES");
        assertThat(places(doc, 1, "en")).containsExactly("Cologne|DE");
        assertThat(places(doc, 2, "en")).extracting(p -> p.substring(p.indexOf('|'))).containsExactly("|MN");
    }

    @Test
    void countryLabelRefinedByHeaderCity() {
        TestDoc doc = new TestDoc().title("National workshop").header("La Paz, 5 October 2010")
                .label("place", "Country: ", "Bolivia").end();
        assertThat(places(doc, 0, "en")).containsExactly("La Paz|BO");
    }

    @Test
    void theCapitalIsTheCapitalOfTheReportsCountry() {
        TestDoc doc = new TestDoc().line("Health project in Liberia: progress report")
                .title("Quarterly review meeting").body("The review meeting was held in the capital on 28 June 2021.").end()
                .title("Forum").body("Se realizó en la capital el 5 de mayo.").end()
                .title("Investment seminar").body("Banks invested in the capital markets.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Monrovia|LR");
        assertThat(places(doc, 1, "es")).containsExactly("Monrovia|LR");
        assertThat(places(doc, 2, "en")).isEmpty();
        // a report naming two countries and none in a title: which capital is unsure
        TestDoc two = new TestDoc().line("Study tour from Liberia to Rwanda")
                .title("Review meeting").body("The review meeting was held in the capital.").end();
        assertThat(places(two, 0, "en")).isEmpty();
    }

    @Test
    void namesListedAfterATownInAPlaceLabelAreTowns() {
        TestDoc doc = new TestDoc().title("School safety week").label("place", "Location: ", "Sylhet, Sunamganj").end()
                .title("Drills").label("place", "Locations: ", "Sylhet, Sunamganj, Bangladesh").end()
                .title("Forum").label("place", "Venue: ", "Nairobi, Hilton Hotel").end();
        assertThat(places(doc, 0, "en")).containsExactly("Sylhet|BD", "Sunamganj|BD");
        assertThat(places(doc, 1, "en")).containsExactly("Sylhet|BD", "Sunamganj|BD");
        assertThat(places(doc, 2, "en")).containsExactly("Nairobi|KE"); // a venue after its city is no town
    }

    @Test
    void townsTheGazetteerLacksFromTownCountryInALabel() {
        TestDoc doc = new TestDoc().title("Validation workshop").label("place", "Location: ", "Mariscal Estigarribia, Paraguay").end()
                .title("Radio campaign launch").label("place", "Location: ", "Filadelfia and Loma Plata, Paraguay").end()
                .title("Steering committee").label("place", "Location: ", "Ministry of Health, Paraguay").end()
                .title("Seminar").body("It was held in Mariscal Estigarribia, Paraguay.").end()
                .title("Forum").header("Regional Seminar on Migration, Paraguay").end()
                .title("Meeting").body("It was held at the Ministry of Health, Paraguay.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Mariscal Estigarribia|PY");
        assertThat(places(doc, 1, "en")).containsExactly("Filadelfia|PY", "Loma Plata|PY");
        assertThat(places(doc, 2, "en")).containsExactly("=Paraguay|PY");
        // in prose only right after a cue ("held in"; "in Ganta, Nimba County")
        assertThat(places(doc, 3, "en")).containsExactly("Mariscal Estigarribia|PY");
        assertThat(places(doc, 4, "en")).containsExactly("=Paraguay|PY");
        assertThat(places(doc, 5, "en")).containsExactly("=Paraguay|PY");
        PlaceValue v = Shared.FIELD.annotate(doc.sections().get(0), doc.context("en")).get(0);
        assertThat(v.latitude()).isNull();
        assertThat(v.country()).isEqualTo("Paraguay");
    }

    @Test
    void capitalDescribedByDemonym() {
        TestDoc doc = new TestDoc().title("Central American Forum on Women's Economic Autonomy")
                .body("Washington, D.C., April 27, 2011 — The CIM announced today that the Forum will take place on "
                        + "May 4 and 5 in the Honduran capital.")
                .end(SectionKind.WHOLE_DOCUMENT);
        assertThat(places(doc, 0, "en")).containsExactly("Tegucigalpa|HN");
    }

    @Test
    void venueLabelGivesTheCityNotTheHotel() {
        TestDoc doc = new TestDoc().header("03/09/2009 - 03/13/2009").title("National CSIRT Development Course")
                .label("place", "Venue: ", "Radisson Victoria Plaza Hotel, Montevideo, Uruguay")
                .body("The course was held at the hotel for 25 officials from Argentina and Brazil.").end();
        assertThat(places(doc, 0, "en")).containsExactly("Montevideo|UY");
    }

    @Test
    void labelBeatsHeaderAndSpanishLabelsWork() {
        TestDoc doc = new TestDoc().title("Taller Nacional de Capacitación de Facilitadores Judiciales")
                .label("place", "Lugar: ", "Quetzaltenango, Guatemala").label("date", "Fecha: ", "del 3 al 5 de marzo de 2008")
                .body("El taller reunió a sesenta facilitadores de los departamentos del occidente del país.").end();
        assertThat(places(doc, 0, "es")).containsExactly("Quetzaltenango|GT");
    }

    @Test
    void spanishBodyCue() {
        TestDoc doc = new TestDoc().title("Pasantía de facilitadores paraguayos en Nicaragua")
                .body("Doce facilitadores paraguayos visitaron del 10 al 14 de junio los juzgados locales en León, Nicaragua.")
                .end();
        assertThat(places(doc, 0, "es")).containsExactly("León|NI");
    }

    @Test
    void bulletOpeningWithTitleCityCountry() {
        TestDoc doc = new TestDoc()
                .body("· Seminar \"Juvenile Justice and Restorative Practices\", Córdoba, Argentina. On May 12-13, the advisor "
                        + "spoke at the seminar. Experts from Spain attended.")
                .end(SectionKind.BULLET)
                .title("Euro-Latin American Meeting of Cities on Migration")
                .body("The meeting was held from 7 to 9 June in Córdoba, in Andalusia, at the city's Palacio de Congresos.")
                .end();
        assertThat(places(doc, 0, "en")).containsExactly("Córdoba|AR");
        assertThat(places(doc, 1, "en")).containsExactly("Córdoba|ES");
    }

    @Test
    void countryOnlyActivities() {
        TestDoc doc = new TestDoc().title("HAITI: Schools talk waste")
                .body("In July, volunteers gave a series of talks on solid waste in primary schools across the country.").end()
                .title("Training for border officials").body("A workshop in Bolivia trained 30 officials.").end();
        assertThat(places(doc, 0, "en")).containsExactly("=Haiti|HT");
        assertThat(places(doc, 1, "en")).containsExactly("=Bolivia|BO");
    }

    @Test
    void sectionAndDocumentCountriesResolveBareNames() {
        TestDoc doc = new TestDoc().line("Semi-annual report of a network of cities in Mexico and Bolivia")
                .title("Workshop on municipal services for returned migrants").header("La Paz, 3 May 2010")
                .body("Officials of the Mexican state of Baja California Sur met with the municipality.").end()
                .title("Community forum on the rights of migrant families").header("Trinidad, 20 May 2010")
                .body("The forum gathered families in the Bolivian department of Beni.").end();
        assertThat(places(doc, 0, "en")).containsExactly("La Paz|MX");
        assertThat(places(doc, 1, "en")).containsExactly("Trinidad|BO");
    }

    @Test
    void listOfCitiesInOneCountryAndMostSpecificFirst() {
        TestDoc doc = new TestDoc().title("Study Tour on Municipal Waste Management")
                .label("place", "Place: ", "Austria (Vienna and Graz)").end();
        assertThat(places(doc, 0, "en")).containsExactly("Vienna|AT", "Graz|AT");
    }

    @Test
    void valuesCarryRegionCountryAndCoordinates() {
        TestDoc doc = new TestDoc().title("Seminar").header("Guadalajara, Jalisco, Mexico, 12 June 2009").end();
        PlaceValue v = Shared.FIELD.annotate(doc.sections().get(0), doc.context("en")).get(0);
        assertThat(v.name()).isEqualTo("Guadalajara");
        assertThat(v.region()).isEqualTo("Jalisco");
        assertThat(v.country()).isEqualTo("Mexico");
        assertThat(v.text()).isEqualTo("Guadalajara, Jalisco, Mexico");
        assertThat(v.latitude()).isBetween(20.0, 21.0);
        assertThat(v.longitude()).isBetween(-104.0, -103.0);
    }

    @Test
    void noPlaceGivesEmptyList() {
        TestDoc doc = new TestDoc().title("Virtual Course on Drug Prevention in the Workplace")
                .body("The online course ran for eight weeks with 120 participants from 14 countries.").end();
        assertThat(places(doc, 0, "en")).isEmpty();
    }
}
