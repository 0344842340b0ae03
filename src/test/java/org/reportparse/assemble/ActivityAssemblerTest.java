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
}
