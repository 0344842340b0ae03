package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.Pipeline;
import org.reportparse.TestSupport;
import org.reportparse.model.PartnerValue;

/** Partners a form lists one a line under its label, read through the whole pipeline (segments, then partners). */
class ListedPartnersTest {
    private static List<PartnerValue> partners(String text) throws Exception {
        return TestSupport.pipeline().process(text.getBytes(StandardCharsets.UTF_8), "t.txt", Pipeline.Options.DEFAULT)
                .activities().get(0).partners();
    }

    @Test
    void namesOneALineUnderALabelAloneOnItsLineAreItsValue() throws Exception {
        assertThat(partners("Report 2019\n\nConsultation on the national adaptation plan\n6 June 2019, Castries, Saint Lucia\n"
                + "Partners:\nUNICEF\nWorld Bank\n\nThe consultation gathered 40 people.\n"))
                .extracting(PartnerValue::name).containsExactly("United Nations Children's Fund", "World Bank");
    }

    @Test
    void aKnownNameOpeningALineIsNotTheTailOfTheNameOnTheLineBefore() throws Exception {
        assertThat(partners("Report 2019\n\nConsultation on the national adaptation plan\n6 June 2019, Castries, Saint Lucia\n"
                + "Partners:\nDepartment of Sustainable Development\nUnited Nations Development Programme (UNDP)\n\n"
                + "The consultation gathered 40 people.\n"))
                .extracting(PartnerValue::name, PartnerValue::acronym).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Department of Sustainable Development", null),
                        org.assertj.core.groups.Tuple.tuple("United Nations Development Programme", "UNDP"));
    }
}
