package org.reportparse.annotate.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a user's own organizations (USER-ORGANIZATIONS.md): a JSON list or a CSV with name, acronym, aliases. */
final class UserOrganizations {
    private UserOrganizations() {}

    static List<OrgEntry> read(Path file) throws IOException {
        String content = Files.readString(file);
        return content.stripLeading().startsWith("[") ? json(content) : csv(content);
    }

    private static List<OrgEntry> json(String content) throws IOException {
        List<OrgEntry> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(content)) {
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            out.add(entry(n.path("name").asText(""), n.path("acronym").asText(""), aliases));
        }
        return out.stream().filter(e -> !e.name().isBlank()).toList();
    }

    private static List<OrgEntry> csv(String content) throws IOException {
        List<OrgEntry> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(content)) {
            boolean first = true;
            while (rows.hasNext()) {
                String[] r = rows.next();
                boolean header = first && r.length > 0 && r[0].equalsIgnoreCase("name");
                first = false;
                if (header || r.length == 0 || r[0].isBlank() || r[0].startsWith("#")) {
                    continue;
                }
                List<String> aliases = r.length > 2 ? Arrays.asList(r[2].split("\\|")) : List.of();
                out.add(entry(r[0], r.length > 1 ? r[1] : "", aliases));
            }
        }
        return out;
    }

    private static OrgEntry entry(String name, String acronym, List<String> aliases) {
        return new OrgEntry(name.strip(), acronym == null || acronym.isBlank() ? null : acronym.strip(),
                aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList());
    }
}
