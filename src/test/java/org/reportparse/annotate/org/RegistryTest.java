package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private static final Registry REGISTRY = Registry.builtIn();

    @Test
    void looksUpCanonicalNamesAcronymsSpanishNamesAndVariants() {
        assertThat(REGISTRY.lookup("IOM").name()).isEqualTo("International Organization for Migration");
        assertThat(REGISTRY.lookup("International Organization for Migrations").acronym()).isEqualTo("IOM");
        assertThat(REGISTRY.lookup("Organización de los Estados Americanos").acronym()).isEqualTo("OAS");
        assertThat(REGISTRY.lookup("OEA").name()).isEqualTo("Organization of American States");
        assertThat(REGISTRY.lookup("organizacion panamericana de la salud").acronym()).isEqualTo("PAHO");
        assertThat(REGISTRY.lookup("American Bar Association").acronym()).isEqualTo("ABA");
        assertThat(REGISTRY.lookup("Inter-American Commission of Women").acronym()).isEqualTo("CIM");
    }

    @Test
    void anAmpersandStandsForAnd() {
        assertThat(REGISTRY.lookup("Foreign, Commonwealth & Development Office").acronym()).isEqualTo("FCDO");
        assertThat(REGISTRY.lookup("Department of Foreign Affairs, Trade & Development").acronym()).isEqualTo("GAC");
        assertThat(REGISTRY.lookup("Bill and Melinda Gates Foundation").name()).isEqualTo("Bill & Melinda Gates Foundation");
    }

    @Test
    void acronymsMatchOnlyAsWrittenAndNamesOnlyWhenCapitalized() {
        assertThat(REGISTRY.lookup("who")).isNull();
        List<Registry.Hit> hits = REGISTRY.find("the world bank and the World Bank", 0, 33);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).span().start()).isEqualTo(23);
    }

    @Test
    void findsTheLongestNameAndEachPartOfASlashCompound() {
        String text = "The OAS/CIM met the Inter-American Development Bank.";
        List<String> names = REGISTRY.find(text, 0, text.length()).stream().map(h -> h.entry().name()).toList();
        assertThat(names).containsExactly("Organization of American States", "Inter-American Commission of Women",
                "Inter-American Development Bank");
    }

    /** PAHO is WHO's regional office, but "PAHO/WHO" names both, as "OAS/CIM" does (output contract). */
    @Test
    void aRegionalOfficeWrittenWithItsParentGivesBoth() {
        String text = "PAHO/WHO and the OPS/OMS co-sponsored the meeting.";
        List<String> names = REGISTRY.find(text, 0, text.length()).stream().map(h -> h.entry().acronym()).toList();
        assertThat(names).containsExactly("PAHO", "WHO", "PAHO", "WHO");
    }
}
