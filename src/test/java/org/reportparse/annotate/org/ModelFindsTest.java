package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportparse.model.PartnerValue;

/** Organizations neither the registry nor a rule knows, found by the trained model in sentences it never saw. */
class ModelFindsTest {
    private static final Path TRAINING = Path.of("src/ner/data/train.txt");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On October 19-21, the office was invited by “Carabineros de Chile” to participate in the congress.|Carabineros de Chile",
        "The awareness campaign was financed by Kallpa Warmi and the municipality.|Kallpa Warmi",
        "Workshops were co-organized with Tejiendo Redes in three provinces.|Tejiendo Redes",
        "El taller fue financiado por Kallpa Warmi y se realizó en Cochabamba.|Kallpa Warmi",
    })
    void findsUnseenOrganizationsWithARole(String sentence, String name) throws Exception {
        assertThat(Files.readString(TRAINING)).doesNotContain(sentence).doesNotContain("> " + name + " <");
        List<PartnerValue> ps = Partners.inProse(sentence);
        assertThat(ps).extracting(PartnerValue::name).contains(name);
    }

    /** A one-word name right after a cue that the model leaves unmarked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ministry trained 30 nurses in collaboration with Sightsavers.|Sightsavers",
        "The workshop was hosted by Digicel.|Digicel",
        // named after a document, but without the document's article: an organization
        "Our team joined forces with Open Data Charter to run the bootcamp.|Open Data Charter",
        "The bootcamp was organized by Open Data Charter.|Open Data Charter",
        // joined by "for the" or "&": one name, not the model's guess at its first word
        "The workshop was organized in partnership with Light for the World.|Light for the World",
        "The workshop was organized by Johnson & Johnson.|Johnson & Johnson",
    })
    void findsTheNameRightAfterACue(String sentence, String name) {
        assertThat(Partners.inProse(sentence)).extracting(PartnerValue::name).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The two researchers Anibal Alvarado and Erick Roth presented the results.",
        "The seminar was organized in Santiago for judges and prosecutors.",
        "The workshop was hosted by Maria Lopez.",
        "The workshop was hosted by Jamaica.",
        "The workshop was organized under the Open Data Charter.",
        "The workshop featured the Global Report on Trafficking.",
        "The workshop was organized by Regional Training Programme staff.",
    })
    void leavesPeopleAndPlacesAlone(String sentence) {
        assertThat(Partners.inProse(sentence)).isEmpty();
    }
}
