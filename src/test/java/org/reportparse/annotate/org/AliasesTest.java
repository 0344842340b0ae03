package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.model.PartnerValue;

/** A partner's aliases: the forms written in the activity first, then the registry's other names. */
class AliasesTest {
    private static PartnerValue only(String text) {
        List<PartnerValue> found = Partners.inProse(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void spanishTextGivesItsOwnNameFirstThenTheRegistrys() {
        PartnerValue eu = only("El curso se realizó con financiamiento de la Unión Europea.");
        assertThat(eu.name()).isEqualTo("European Union");
        assertThat(eu.aliases()).startsWith("Unión Europea").contains("UE");
    }

    @Test
    void anAcronymWrittenForAnotherLanguageKeepsTheCanonicalAcronymAsAlias() {
        PartnerValue undp = only("El taller fue organizado por el PNUD.");
        assertThat(undp.acronym()).isEqualTo("PNUD");
        assertThat(undp.aliases()).contains("UNDP", "Programa de las Naciones Unidas para el Desarrollo");
    }

    @Test
    void noAliasRepeatsTheNameTheAcronymOrAnother() {
        PartnerValue oas = only("The OAS organized the seminar. The Organization of American States also funded it. The OAS said so.");
        assertThat(oas.aliases()).doesNotContain("OAS", "Organization of American States")
                .doesNotHaveDuplicates().contains("OEA");
    }

    @Test
    void aFormWrittenOtherwiseThanTheCanonicalNameIsAnAlias() {
        PartnerValue p = only("The seminar was organized by the Guatemalan Ministry of Foreign Affairs.");
        assertThat(p.name()).isEqualTo("Ministry of Foreign Affairs of Guatemala");
        assertThat(p.aliases()).containsExactly("Guatemalan Ministry of Foreign Affairs");
    }

    @Test
    void aNameWrittenOverALineBreakIsNoAliasOfItself() {
        PartnerValue p = only("The course was organized by the Uganda Local\nGovernments Association.");
        assertThat(p.name()).isEqualTo("Uganda Local Governments Association");
        assertThat(p.aliases()).isEmpty();
    }
}
