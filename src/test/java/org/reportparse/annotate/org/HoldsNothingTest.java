package org.reportparse.annotate.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportparse.annotate.Span;

/** A clause told to hold nothing is one the finder reads nothing in, and the others are read. */
class HoldsNothingTest {
    private static final MentionFinder FINDER = new MentionFinder(Registry.builtIn(), Lexicon.builtIn(), null, name -> false);

    private static boolean holdsNothing(String clause) {
        return FINDER.holdsNothing(clause, new Span(0, clause.length()));
    }

    private static boolean findsNothing(String clause) {
        return FINDER.find(clause, new Span(0, clause.length()), MentionFinder.Mode.RULES, MentionFinder.NO_DEFINITIONS).isEmpty();
    }

    @Test
    void aClauseWhoseOnlyCapitalOpensAGenericWordHoldsNothing() {
        for (String clause : new String[] {"The workshop was held over three days.", "During the visit, 40 officials attended.",
            "and the second session followed two days later."}) {
            assertThat(holdsNothing(clause)).as(clause).isTrue();
            assertThat(findsNothing(clause)).as(clause).isTrue();
        }
    }

    @Test
    void aCapitalThatMayStartANameOrAHeadIsRead() {
        // "Ministry" is generic alone ("the Ministry") but a head word; "Sida" is a registry name with one capital
        for (String clause : new String[] {"Ministry officials met the delegation.", "Sida funded the second phase.",
            "The workshop was organized by UNDP.", "The A& B session."}) {
            assertThat(holdsNothing(clause)).as(clause).isFalse();
        }
        assertThat(findsNothing("Sida funded the second phase.")).isFalse();
    }

    @Test
    void aRegistryNameWithoutCapitalsIsReadWhereItsFirstWordStands() {
        assertThat(holdsNothing("Researchers from icddr,b presented.")).isFalse();
        assertThat(findsNothing("Researchers from icddr,b presented.")).isFalse();
        assertThat(holdsNothing("The workshop was held over three days.")).isTrue();
    }

    @Test
    void onlyTheRegionIsReadNotTheTextAfterIt() {
        String first = "The workshop was held over three days.";
        String text = first + " Researchers from icddr,b and A& B presented.";
        Span region = new Span(0, first.length());
        assertThat(FINDER.holdsNothing(text, region)).isTrue();
        String second = "The A& B session.";
        String both = second + " " + first;
        assertThat(FINDER.holdsNothing(both, new Span(second.length() + 1, both.length()))).isTrue();
        assertThat(FINDER.holdsNothing(both, new Span(0, second.length()))).isFalse();
    }
}
