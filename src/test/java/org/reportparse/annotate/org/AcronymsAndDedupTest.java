package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.model.PartnerValue;

class AcronymsAndDedupTest {
    @Test
    void slashCompoundNameAndAcronymCountOncePerOrganization() {
        List<PartnerValue> ps = Partners.inProse("The OAS/CIM convened a seminar. The Organization of American States "
                + "was joined by the Inter-American Commission of Women (CIM). The OAS thanked the CIM.");
        assertThat(ps).extracting(PartnerValue::acronym).containsExactly("OAS", "CIM");
        assertThat(ps.get(0).text()).isEqualTo("OAS");
    }

    @Test
    void aUnitWithAnAcronymOfItsOwnIsItsOwnOrganization() {
        List<PartnerValue> ps = Partners.inProse("The dialogue was organized with the African Union Commission (AUC) "
                + "and the Caribbean Community Climate Change Centre (5Cs). UNICEF Regional Office for South Asia also "
                + "presented.");
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("African Union Commission", "AUC"),
                org.assertj.core.groups.Tuple.tuple("Caribbean Community Climate Change Centre", "5Cs"),
                org.assertj.core.groups.Tuple.tuple("United Nations Children's Fund", "UNICEF"));
    }

    @Test
    void aNameItsAcronymSpellsOutOrTheRegistryKnowsEndsAListJoinedByAnd() {
        List<PartnerValue> ps = Partners.inProse("The dialogue was supported by the Government of Norway and the Global "
                + "Environment Facility (GEF), and organized by the Ministry of Youth and the Pacific Youth Network (PYN).");
        assertThat(ps).extracting(PartnerValue::name).containsExactly("Government of Norway",
                "Global Environment Facility", "Ministry of Youth", "Pacific Youth Network");
        assertThat(Partners.inProse("It was organized by the Ministry of Labour and Employment (MOLE)."))
                .extracting(PartnerValue::name).containsExactly("Ministry of Labour and Employment");
    }

    @Test
    void aNameWrittenAcrossALineBreakIsOutputOnOneLine() {
        List<PartnerValue> ps = Partners.inProse("La actividad fue organizada por el FIDA, con el apoyo de la Cooperación\n"
                + "Suiza (COSUDE).");
        assertThat(ps).extracting(PartnerValue::name).contains("Cooperación Suiza");
        assertThat(ps).allSatisfy(p -> assertThat(p.name()).doesNotContain("\n"));
    }

    @Test
    void acronymsWithDigits() {
        assertThat(MentionFinder.isAcronym("G77")).isTrue();
        assertThat(MentionFinder.isAcronym("5Cs")).isTrue();
        assertThat(MentionFinder.isAcronym("2015")).isFalse();
    }

    @Test
    void suffixedFormsAreTheOrganization() {
        List<PartnerValue> ps = Partners.inProse("The seminar was organized by IOM-Bolivia. IOM Mexico and the "
                + "International Organization for Migrations (IOM) also presented.");
        assertThat(ps).extracting(PartnerValue::name).containsExactly("International Organization for Migration");
        assertThat(ps.get(0).text()).isEqualTo("IOM-Bolivia");
    }

    @Test
    void aDefinedAcronymMapsBackToItsFullNameAcrossTheDocument() {
        Layout.Fixture f = Layout.section("Workshop on drug policy", List.of("Lima, Peru, May 3, 2009"),
                "The workshop was organized by CONAPREV.",
                "Earlier, the National Commission for the Prevention of Violence (CONAPREV) published a study.");
        List<PartnerValue> ps = Partners.of(f);
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).name()).isEqualTo("National Commission for the Prevention of Violence");
        assertThat(ps.get(0).acronym()).isEqualTo("CONAPREV");
        assertThat(ps.get(0).role()).isEqualTo("organizer");
    }

    @Test
    void aDocumentsOwnDefinitionOverridesTheRegistryAcronym() {
        List<PartnerValue> ps = Partners.inProse("The Electoral Commission of Ghana (EC) hosted the workshop. "
                + "The EC also funded the materials.");
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Electoral Commission of Ghana", "host"));
    }

    @Test
    void acronymBeforeItsNameInParenthesesIsDefinedToo() {
        List<PartnerValue> ps = Partners.inProse("The course was funded by DEVIDA (National Commission for Development "
                + "and Life without Drugs). DEVIDA also hosted the closing.");
        assertThat(ps).extracting(PartnerValue::name).containsExactly("National Commission for Development and Life without Drugs");
        assertThat(ps.get(0).acronym()).isEqualTo("DEVIDA");
    }

    @Test
    void aUnitOfARegistryOrganizationCountsAsThatOrganization() {
        List<PartnerValue> ps = Partners.inProse("The meeting was hosted by the UNICEF Regional Office for Latin America "
                + "and the Caribbean and by the American Bar Association's Latin America Council.");
        assertThat(ps).extracting(PartnerValue::acronym).containsExactly("UNICEF", "ABA");
    }

    @Test
    void aUnitNamedBeforeOfAndARegistryOrganizationIsThatOrganization() {
        assertThat(Partners.inProse("El curso fue organizado con la Oficina Regional del ACNUR para 33 funcionarios."))
                .extracting(PartnerValue::name).containsExactly("United Nations High Commissioner for Refugees");
        assertThat(Partners.inProse("The training was organized with the Country Office of UNICEF in Accra."))
                .extracting(PartnerValue::acronym).containsExactly("UNICEF");
        // words of its own before "of" name a body of its own
        assertThat(Partners.inProse("The training was organized with the Inter-American Commission on Human Rights of the OAS."))
                .extracting(PartnerValue::name).contains("Inter-American Commission on Human Rights");
    }

    /** A name with a comma inside is one when the acronym after it takes letters from both sides. */
    @Test
    void anAcronymSpelledAcrossACommaJoinsTheName() {
        assertThat(Partners.inProse("It was organized in partnership with the Ministry of Gender and the NGO Associação Mulher, "
                + "Lei e Desenvolvimento (MULEIDE).")).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ministry of Gender", null),
                org.assertj.core.groups.Tuple.tuple("Associação Mulher, Lei e Desenvolvimento", "MULEIDE"));
        // a list's last name spells its acronym alone
        assertThat(Partners.inProse("It was organized by the Ministry of Health, Ministry of Education (MOE) and UNICEF."))
                .extracting(PartnerValue::name).contains("Ministry of Health", "Ministry of Education");
    }

    @Test
    void aFundersNamedProgrammeActsForIt() {
        assertThat(Partners.inProse("It was organised with JICA, and USAID's Feed the Future programme provided the stands."))
                .extracting(PartnerValue::name).contains("Feed the Future").doesNotContain("United States Agency for International Development");
        assertThat(Partners.inProse("It was organised with JICA, and USAID's support provided the stands."))
                .extracting(PartnerValue::acronym).contains("USAID");
    }

    @Test
    void aBrandInCamelCaseBeforeACountryIsItsChapter() {
        assertThat(Partners.inProse("Volunteers mapped drainage channels in two wards with ActionAid Kenya."))
                .extracting(PartnerValue::name).containsExactly("ActionAid Kenya");
        assertThat(Partners.inProse("Volunteers mapped drainage channels in two wards with TradeMark East Africa."))
                .extracting(PartnerValue::name).doesNotContain("TradeMark East");
    }

    @Test
    void aRegistryNameWithWordsOfItsOwnBeforeABodysHeadNamesAnotherBody() {
        List<PartnerValue> ps = Partners.inProse("The course was organized by the United Nations Information Centre in Lomé "
                + "with the UN Joint Programme on Gender-Based Violence and the UNDP Regional Centre in Panama.");
        assertThat(ps).extracting(PartnerValue::name).containsExactly("United Nations Information Centre",
                "UN Joint Programme on Gender-Based Violence", "United Nations Development Programme");
    }

    @Test
    void aUnitNamedAfterItsOrganizationsAcronymByAPlaceIsThatOrganization() {
        assertThat(Partners.inProse("The Stockholm Environment Institute (SEI) Africa Centre presented a template."))
                .extracting(PartnerValue::name).containsExactly("Stockholm Environment Institute");
    }

    @Test
    void aSyllableAcronymsSpanishNameIsTheRegistrys() {
        List<PartnerValue> ps = Partners.inProse("El Centro de Coordinación para la Prevención de los Desastres en América "
                + "Central y República Dominicana (CEPREDENAC) compartió su experiencia.");
        assertThat(ps).extracting(PartnerValue::acronym).containsExactly("CEPREDENAC");
    }

    @Test
    void aBranchWithAnAcronymOfItsOwnBuiltOnTheRegistrysIsKeptAsWritten() {
        List<PartnerValue> ps = Partners.inProse("The forum was organized by the Global Water Partnership Central America "
                + "(GWP-CAM), and the Global Water Partnership-Caribbean (GWP-C) presented a toolkit. "
                + "The International Organization for Migration Bolivia (IOM-Bolivia) also spoke.");
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Global Water Partnership Central America", "GWP-CAM"),
                org.assertj.core.groups.Tuple.tuple("Global Water Partnership-Caribbean", "GWP-C"),
                org.assertj.core.groups.Tuple.tuple("International Organization for Migration", "IOM"));
    }

    @Test
    void anAcronymMaySpellAConjunctionWrittenSmall() {
        assertThat(Partners.inProse("The roundtable was organized with the Commission to Investigate Allegations of Bribery"
                + " or Corruption (CIABOC).")).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Commission to Investigate Allegations of Bribery or Corruption", "CIABOC"));
    }

    @Test
    void anAcronymsSpelledOutNameIsItsNameWhateverTheRulesMakeOfIt() {
        List<PartnerValue> ps = Partners.inProse("The dialogue was co-hosted with the Pacific Islands Forum Secretariat (PIFS).");
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Pacific Islands Forum Secretariat", "PIFS"));
        assertThat(Partners.inProse("It was supported by the Alliance for a Green Revolution in Africa (AGRA)."))
                .extracting(PartnerValue::name).containsExactly("Alliance for a Green Revolution in Africa");
        List<PartnerValue> unit = Partners.inProse("The drill was coordinated by UNESCO's Intergovernmental Oceanographic"
                + " Commission (IOC).");
        assertThat(unit).extracting(PartnerValue::name, PartnerValue::acronym)
                .contains(org.assertj.core.groups.Tuple.tuple("Intergovernmental Oceanographic Commission", "IOC"));
    }

    /** An acronym may leave out a word or two of its name; the name still starts on its first letter. */
    @Test
    void anAcronymMayLeaveOutAFewWordsOfItsName() {
        assertThat(Partners.inProse("It was held at the invitation of UNDP Kenya and the Public Procurement and Disposal of"
                + " Public Assets Authority (PPDA).")).extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                org.assertj.core.groups.Tuple.tuple("United Nations Development Programme", "UNDP"),
                org.assertj.core.groups.Tuple.tuple("Public Procurement and Disposal of Public Assets Authority", "PPDA"));
        // not across a list's next name, nor without a head word (a code, a convention)
        assertThat(Partners.inProse("Organizado por la Secretaría de Desarrollo Económico y el Servicio Nacional de"
                + " Aprendizaje (SENA).")).extracting(PartnerValue::name).contains("Secretaría de Desarrollo Económico");
        assertThat(Partners.inProse("Officers were trained on the International Ship and Port Facility Security (ISPS) Code"
                + " by the IMO.")).extracting(PartnerValue::name).containsExactly("International Maritime Organization");
    }

    /** "UNESCO's IOC": the body named as another's acts; the possessor only says whose it is. */
    @Test
    void anOrganizationNamedAsAnothersIsTheOneThatActs() {
        assertThat(Partners.inProse("UNESCO's IOC held a training course on tsunami warning."))
                .extracting(PartnerValue::name).containsExactly("IOC");
        assertThat(Partners.inProse("The drill was coordinated by UNESCO's Intergovernmental Oceanographic Commission (IOC)."))
                .extracting(PartnerValue::name).containsExactly("Intergovernmental Oceanographic Commission");
        assertThat(Partners.inProse("It was hosted by the OAS’s Inter-American Commission of Women."))
                .extracting(PartnerValue::acronym).containsExactly("CIM");
    }

    /** A plural's possessive ("the West Indies'") is one too: its unit counts as it, as "the ABA's Latin America Council" does. */
    @Test
    void aUnitAfterAPluralPossessiveCountsAsItsOrganization() {
        assertThat(Partners.inProse("Partners included the University of the West Indies' Department of Economics and UNICEF."))
                .extracting(PartnerValue::acronym).containsExactly("UWI", "UNICEF");
    }
}
