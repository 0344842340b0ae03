package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.place.Gazetteer;
import org.reportparse.model.PartnerValue;

/** The name finder often takes a place next to a role cue for an organization; the gazetteer vetoes those. */
class ModelPlaceNamesTest {
    private static final PartnerField WITH_GAZETTEER = PartnerField.load(null, Gazetteer.load()::names);

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
    void organizationsThatAreNoPlacesStay() {
        String sentence = "The clinic day was hosted by Nuevo Leon, with support from Casa Alianza.";
        assertThat(names(Partners.FIELD, sentence)).as("without the gazetteer").contains("Nuevo Leon");
        assertThat(names(WITH_GAZETTEER, sentence)).containsExactly("Casa Alianza");
    }
}
