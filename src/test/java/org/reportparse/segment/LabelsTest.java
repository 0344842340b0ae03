package org.reportparse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {
    private static final Labels LABELS = Labels.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Place: Lima, Peru|place|7",
        "Venue: Radisson Hotel, Montevideo|place|7",
        "Lugar: Quetzaltenango, Guatemala|place|7",
        "Fecha: del 3 al 5 de marzo de 2008|date|7",
        "Organizan: Organismo Judicial y OEA|organizer|11",
        "No. of participants: 58|participants|21",
        "Financia: Asdi|sponsor|10",
        "Organised with: UNFPA; Ministry of Women|partner|16",
        "Organizado con: OPS y UNFPA|partner|16",
        "Supported by: the European Union|sponsor|14",
        "Country: Fiji|place|9",
        "Reporting period: 1 July – 31 December 2013|period|18"})
    void findsLabelAtLineStart(String line, String key, int valueStart) {
        assertThat(LABELS.atLineStart(line)).hasValueSatisfying(l -> {
            assertThat(l.key()).isEqualTo(key);
            assertThat(l.valueStart()).isEqualTo(valueStart);
        });
    }

    @Test
    void aKnownLabelBeforeATabIsALabelButATableHeaderRowIsNot() {
        assertThat(LABELS.atLineStart("Venue\tNiamey, Niger")).hasValueSatisfying(l -> {
            assertThat(l.key()).isEqualTo("place");
            assertThat(l.valueStart()).isEqualTo(6);
        });
        assertThat(LABELS.atLineStart("Participants:\t\t45 health workers")).map(l -> l.key()).hasValue("participants");
        assertThat(LABELS.atLineStart("Title\tDate\tVenue")).isEmpty();
        assertThat(LABELS.atLineStart("Workshop on fisheries\t3 May 2016")).isEmpty();
    }

    @Test
    void implementingPartnersAndDonorsInSpanishAreLabels() {
        assertThat(LABELS.atLineStart("Socio implementador: Cruz Roja Salvadoreña")).map(l -> l.key()).hasValue("partner");
        assertThat(LABELS.atLineStart("Donante: AECID")).map(l -> l.key()).hasValue("sponsor");
    }

    @Test
    void aLineDatingANewsItemIsAnIgnoredLabel() {
        assertThat(LABELS.atLineStart("Posted on 14 May 2018 by Communications Team")).hasValueSatisfying(l -> {
            assertThat(l.key()).isEqualTo("ignore");
            assertThat("Posted on 14 May 2018 by Communications Team".substring(l.valueStart())).startsWith("14 May");
        });
        assertThat(LABELS.atLineStart("Posted workers returned home")).isEmpty();
    }

    @Test
    void ordinaryColonsAreNotLabels() {
        assertThat(LABELS.atLineStart("Workshop Seminars in Bolivia: Strategies against trafficking")).isEmpty();
        assertThat(LABELS.atLineStart("The seminar covered key topics including: best practices")).isEmpty();
    }

    @Test
    void aNoteInBracketsAfterALabelKeepsItsKey() {
        assertThat(LABELS.ofCell("Participants (M/F)")).hasValue("participants");
        assertThat(LABELS.atLineStart("No. of participants (M/F): 4/26")).hasValueSatisfying(l -> {
            assertThat(l.key()).isEqualTo("participants");
            assertThat(l.label()).isEqualTo("No. of participants (M/F)");
        });
        assertThat(LABELS.ofCell("Anything (else)")).isEmpty();
    }

    @Test
    void cellLabelsIgnoreCaseAccentsColonAndPlural() {
        assertThat(LABELS.ofCell("Date(s)")).hasValue("date");
        assertThat(LABELS.ofCell("TÍTULO:")).hasValue("title");
        assertThat(LABELS.ofCell("Collaboration / Sponsor")).hasValue("partner");
        assertThat(LABELS.ofCell("Anything else")).isEmpty();
    }
}
