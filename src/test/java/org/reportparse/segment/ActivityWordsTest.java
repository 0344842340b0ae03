package org.reportparse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityWordsTest {
    private final ActivityWords words = ActivityWords.load();

    @Test
    void aVerbTellsAnActivityButNamesNone() {
        String met = "On 1 December 2016 the Steering Committee met in Panama City";
        assertThat(words.mentionsActivity(met)).isFalse();
        assertThat(words.tellsActivity(met)).isTrue();
        assertThat(words.typeOf(met)).isEmpty();
        assertThat(words.typeOfVerb(met)).contains("meeting");
        assertThat(words.typeOfVerb("El 3 de mayo el comité se reunió en Lima")).contains("meeting");
        // whole words only: "metropolitan" is no meeting
        assertThat(words.tellsActivity("The metropolitan area of Lima")).isFalse();
    }

    @Test
    void nounsTypeATitleByItsHead() {
        assertThat(words.typeOf("Anti-TIP Training Seminar in Lima")).contains("seminar");
        assertThat(words.typeOf("Otras reuniones")).contains("meeting");
    }
}
