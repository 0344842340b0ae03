package org.reportparse.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportparse.annotate.Span;
import org.reportparse.model.Activity;
import org.reportparse.model.AttendanceValue;
import org.reportparse.model.DateValue;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;

class DuplicatesTest {
    private static final Span S = new Span(0, 1);

    private static Activity activity(int id, String title, String start, String end, String city, String partner,
                                     Integer count) {
        return new Activity(id, title, "forum", start == null ? null : new DateValue(start, end, List.of(), "d", S),
                city == null ? List.of() : List.of(new PlaceValue(city, city, null, "Jamaica", "JM", null, null, city, S)),
                partner == null ? List.of() : List.of(new PartnerValue(partner, null, "partner", partner, S, List.of())),
                count == null ? null : new AttendanceValue(count, "exact", "n", S), S);
    }

    @Test
    void anActivityToldInProseAndAgainInAnAnnexIsOneRecordWithWhatBothGive() {
        List<Activity> merged = Duplicates.merge(List.of(
                activity(1, "Regional youth forum on climate action", "2017-03-14", "2017-03-15", "Kingston", "UNDP", null),
                activity(2, "Training of trainers", "2017-06-06", "2017-06-08", null, null, 28),
                activity(3, "The regional youth forum on climate action", "2017-03-14", "2017-03-15", "Kingston", "UNICEF", 120)));
        assertThat(merged).extracting(Activity::id, Activity::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Regional youth forum on climate action"),
                org.assertj.core.groups.Tuple.tuple(2, "Training of trainers"));
        assertThat(merged.get(0).partners()).extracting(PartnerValue::name).containsExactly("UNDP", "UNICEF");
        assertThat(merged.get(0).attendance().count()).isEqualTo(120);
    }

    @Test
    void otherDaysOtherPlacesOrOtherTitlesKeepTwoRecords() {
        Activity forum = activity(1, "Regional youth forum", "2017-03-14", "2017-03-15", "Kingston", null, null);
        assertThat(Duplicates.merge(List.of(forum,
                activity(2, "Regional youth forum", "2017-05-14", "2017-05-15", "Kingston", null, null),
                activity(3, "Regional youth forum", "2017-03-14", "2017-03-15", "Montego Bay", null, null),
                activity(4, "Press conference", "2017-03-14", "2017-03-15", "Kingston", null, null),
                activity(5, "Regional youth forum", "2017-03", "2017-03", "Kingston", null, null),
                activity(6, "Regional youth forum", "2017-03", "2017-03", "Kingston", null, null)))).hasSize(6);
    }
}
