package org.reportparse.annotate.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportparse.annotate.DocumentContext;
import org.reportparse.model.PartnerValue;
import org.reportparse.segment.Section;

/**
 * Partner precision/recall of one gold document, with sections laid out by {@link Layout} at the
 * gold titles (so the score measures this annotator, not the segmenter). Matching follows
 * shared/eval/score.py: any alias matches, or word-set Jaccard >= 0.8; optional partners are neutral.
 */
final class PartnerScore {
    int tp;
    int fp;
    int fn;
    final List<String> log = new ArrayList<>();

    static PartnerScore of(PartnerField field, Path doc, Path gold) throws IOException {
        String text = Files.readString(doc);
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        List<String> titles = new ArrayList<>();
        List<JsonNode> acts = new ArrayList<>();
        for (JsonNode a : g.path("activities")) {
            String t = a.path("title").asText();
            String probe = t.length() > 30 ? t.substring(0, 30) : t;
            if (!t.isEmpty() && text.contains(probe)) {
                titles.add(t);
                acts.add(a);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Integer.compare(text.indexOf(probe(titles.get(x))), text.indexOf(probe(titles.get(y)))));
        List<String> sorted = order.stream().map(titles::get).toList();
        List<Section> sections = Layout.split(text, sorted);
        DocumentContext ctx = new DocumentContext(text, g.path("language").asText("en"), null, sections, null);
        PartnerScore s = new PartnerScore();
        for (int k = 0; k < sections.size(); k++) {
            JsonNode a = acts.get(order.get(k));
            s.add(a, field.annotate(sections.get(k), ctx));
        }
        return s;
    }

    private static String probe(String t) {
        return t.length() > 30 ? t.substring(0, 30) : t;
    }

    private void add(JsonNode act, List<PartnerValue> pred) {
        List<Set<String>> gold = aliases(act.path("partners"));
        List<Set<String>> optional = aliases(act.path("partners_optional"));
        Set<Integer> used = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (PartnerValue p : pred) {
            Set<String> names = new HashSet<>(Set.of(norm(p.name())));
            if (p.acronym() != null) {
                names.add(norm(p.acronym()));
            }
            int hit = -1;
            for (int i = 0; i < gold.size() && hit < 0; i++) {
                if (!used.contains(i) && match(gold.get(i), names)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used.add(hit);
                tp++;
            } else if (optional.stream().noneMatch(o -> match(o, names))) {
                fp++;
                wrong.add(p.name() + " [" + p.role() + "]");
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!used.contains(i)) {
                fn++;
                missed.add(gold.get(i).iterator().next());
            }
        }
        if (!missed.isEmpty() || !wrong.isEmpty()) {
            log.add(act.path("title").asText() + ": missed " + missed + " extra " + wrong);
        }
    }

    private static List<Set<String>> aliases(JsonNode list) {
        List<Set<String>> out = new ArrayList<>();
        list.forEach(n -> out.add(Arrays.stream(n.asText().split("\\|")).map(PartnerScore::norm)
                .filter(x -> !x.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new))));
        return out;
    }

    static boolean match(Set<String> aliases, Set<String> names) {
        for (String p : names) {
            if (aliases.contains(p)) {
                return true;
            }
            for (String a : aliases) {
                if (a.length() > 5 && p.length() > 5 && jaccard(a, p) >= 0.8) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        Set<String> i = new HashSet<>(x);
        i.retainAll(y);
        x.addAll(y);
        return (double) i.size() / x.size();
    }

    static String norm(String s) {
        return Names.key(s);
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), tp, fp, fn);
    }
}
