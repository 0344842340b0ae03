package org.reportparse.annotate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.place.Gazetteer.Entry;

/** The shipped index is what scripts/build-gazetteer makes of the shipped sources, and loads back unchanged. */
class GazetteerIndexTest {
    private static final GazetteerBuilder BUILT = GazetteerBuilder.build();

    @Test
    void shippedIndexIsUpToDate() throws IOException {
        try (InputStream in = new GZIPInputStream(Gazetteer.class.getResourceAsStream(GazetteerIndex.RESOURCE))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("gazetteer.index.gz is stale: run scripts/build-gazetteer --index-only")
                    .isEqualTo(GazetteerBuilder.indexText());
        }
    }

    @Test
    void everyNameLoadsBackWithItsPlacesInOrder() {
        Gazetteer loaded = Shared.PLACES.gazetteer();
        assertThat(loaded.size()).isEqualTo(BUILT.names().size());
        Set<String> continued = new HashSet<>(); // "santa" for "santa cruz"
        BUILT.names().keySet().forEach(k -> {
            for (int i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) {
                continued.add(k.substring(0, i));
            }
        });
        for (Map.Entry<String, List<Entry>> name : BUILT.names().entrySet()) {
            assertThat(loaded.lookup(name.getKey())).as(name.getKey()).isEqualTo(name.getValue());
            assertThat(loaded.name(name.getKey()).continued()).as(name.getKey()).isEqualTo(continued.contains(name.getKey()));
        }
        assertThat(loaded.lookup("no such place")).isEmpty();
        assertThat(loaded.name("santa").continued()).isTrue();
        assertThat(loaded.name("zzzz").continued()).isFalse();
        BUILT.countries().forEach((cc, c) -> assertThat(loaded.countryByCode(cc)).isEqualTo(c));
    }

    @Test
    void aPlaceIsOneObjectUnderAllItsNames() {
        Gazetteer loaded = Shared.PLACES.gazetteer();
        GeoPlace lima = loaded.lookup("lima").stream().map(Entry::place).filter(p -> p.countryCode().equals("PE"))
                .findFirst().orElseThrow();
        assertThat(loaded.countryByCode("PE").capital()).isSameAs(lima);
    }
}
