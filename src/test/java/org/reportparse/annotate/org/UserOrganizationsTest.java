package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportparse.model.PartnerValue;

class UserOrganizationsTest {
    @TempDir
    Path dir;

    @Test
    void readsCsvWithHeaderAcronymAndAliases() throws Exception {
        Path csv = Files.writeString(dir.resolve("orgs.csv"),
                "name,acronym,aliases\n# our partners\nFundación Salud Chaco,FSC,Salud Chaco|Chaco Health Foundation\n"
                        + "Regional Youth Network,,\n");
        List<OrgEntry> es = UserOrganizations.read(csv);
        assertThat(es).extracting(OrgEntry::name).containsExactly("Fundación Salud Chaco", "Regional Youth Network");
        assertThat(es.get(0).aliases()).containsExactly("Salud Chaco", "Chaco Health Foundation");
        assertThat(es.get(1).acronym()).isNull();
    }

    @Test
    void userOrganizationsAreFoundByAliasAndAcronymUnderTheirName() throws Exception {
        Path json = Files.writeString(dir.resolve("orgs.json"),
                "[{\"name\": \"Kuña Aty Collective\", \"acronym\": \"KAC\", \"aliases\": [\"Kuna Aty\"]}]");
        PartnerField field = PartnerField.load(json);
        Layout.Fixture f = Layout.prose("The fair was organized by Kuna Aty. KAC also funded the transport.");
        List<PartnerValue> ps = field.annotate(f.first(), f.context());
        assertThat(ps).extracting(PartnerValue::name, PartnerValue::acronym, PartnerValue::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kuña Aty Collective", "KAC", "organizer"));
    }
}
