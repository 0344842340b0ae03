package org.reportparse.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportparse.model.Activity;
import org.reportparse.model.PartnerValue;
import org.reportparse.model.PlaceValue;

/**
 * One activity told twice is one record: reports describe an activity in prose and list it again in an
 * annex table or a summary list. Two activities are the same when they have the same days, titles of the
 * same words and places that do not disagree; the first keeps its values and gains what only the second
 * gives (places, partners, attendance).
 */
final class Duplicates {
    private Duplicates() {}

    static List<Activity> merge(List<Activity> activities) {
        List<Activity> out = new ArrayList<>();
        for (Activity a : activities) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                same = isSame(out.get(i), a) ? i : -1;
            }
            if (same < 0) {
                out.add(a);
            } else {
                out.set(same, joined(out.get(same), a));
            }
        }
        if (out.size() == activities.size()) {
            return activities;
        }
        List<Activity> numbered = new ArrayList<>(out.size());
        for (Activity a : out) {
            numbered.add(new Activity(numbered.size() + 1, a.title(), a.type(), a.date(), a.places(), a.partners(),
                    a.attendance(), a.span()));
        }
        return numbered;
    }

    private static boolean isSame(Activity a, Activity b) {
        if (a.date() == null || b.date() == null || a.date().start() == null || a.date().start().length() < 10
                || !a.date().start().equals(b.date().start()) || !String.valueOf(a.date().end()).equals(String.valueOf(b.date().end()))) {
            return false; // only activities dated to the day: two events of one month may share a title
        }
        return sameWords(a.title(), b.title()) && placesAgree(a.places(), b.places());
    }

    /** "Regional youth forum on climate action" told twice; a few words more on one side ("The ...") still agree. */
    private static boolean sameWords(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() * 5 >= Math.min(x.size(), y.size()) * 4 && both.size() * 2 >= Math.max(x.size(), y.size());
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        if (title != null) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Places agree when one side has none, or they share a city or, without cities, a country. */
    private static boolean placesAgree(List<PlaceValue> a, List<PlaceValue> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (PlaceValue p : a) {
            for (PlaceValue q : b) {
                boolean sameCountry = String.valueOf(p.countryCode()).equals(String.valueOf(q.countryCode()));
                if (sameCountry && (p.city() == null || q.city() == null || p.city().equals(q.city()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Activity joined(Activity first, Activity second) {
        List<PartnerValue> partners = new ArrayList<>(first.partners());
        Set<String> names = new HashSet<>();
        first.partners().forEach(p -> names.add(p.name()));
        for (PartnerValue p : second.partners()) {
            if (names.add(p.name())) {
                partners.add(p);
            }
        }
        return new Activity(first.id(), first.title(), first.type(), first.date(),
                first.places().isEmpty() ? second.places() : first.places(), List.copyOf(partners),
                first.attendance() != null ? first.attendance() : second.attendance(), first.span());
    }
}
