package org.reportparse.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityAssemblerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"Safe Migration\" campaign launch|\"Safe Migration\" campaign launch",
        "“Madre Segura”|Madre Segura",
        "Seminar \"Juvenile Justice\"|Seminar \"Juvenile Justice\"",
        "“Regional Seminar on Prisons|Regional Seminar on Prisons",
        "Regional Seminar on Prisons”|Regional Seminar on Prisons",
    })
    void quotesGoOnlyWhenTheyWrapTheTitleOrStandUnpaired(String title, String expected) {
        assertThat(ActivityAssembler.unquoted(title)).isEqualTo(expected);
    }

    private static final ActivityAssembler WITH_PLACES = new ActivityAssembler(null, null, null, null, null,
            java.util.Set.of("Costa Rica", "Lima", "Peru")::contains);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Steering Committee meeting - Costa Rica|Steering Committee meeting",
        "Regional workshop – Lima, Peru|Regional workshop",
        "Forum – Youth Edition|Forum – Youth Edition",
        "Costa Rica|Costa Rica",
    })
    void aPlaceAfterADashAtTheEndOfATitleIsCut(String title, String expected) {
        assertThat(WITH_PLACES.withoutPlaceTail(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Webinar series \"Data for Decisions\" (three sessions|Webinar series \"Data for Decisions\"",
        "Forum on youth (Lima)|Forum on youth (Lima)",
        "(Draft) Seminar on prisons|(Draft) Seminar on prisons",
    })
    void aParenthesisTheTitlesEndCutOpenGoes(String title, String expected) {
        assertThat(ActivityAssembler.withoutOpenParenthesis(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "training of trainers on disaster risk financing|Training of trainers on disaster risk financing",
            "taller de manejo de suelos|Taller de manejo de suelos",
            "eLearning week for teachers|eLearning week for teachers",
            "Regional forum|Regional forum"})
    void aTitleStartsWithACapitalUnlessItsFirstWordHasOneInside(String title, String expected) {
        assertThat(ActivityAssembler.capitalized(title)).isEqualTo(expected);
    }
}
