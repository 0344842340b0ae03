package org.reportparse.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A web page's navigation menus, footer and sidebars ("Home / About us / News", "© 2018 ... All rights reserved",
 * "Related news: Workshop in Lima, 3 May") are the site's, not the report's: their content is dropped as Tika
 * drops scripts (by element, and by the class or id names themes give them: {@link Filter}), so a menu item is
 * never taken for the report's title nor a footer for an activity's prose.
 */
final class PageChrome {
    static final HtmlMapper MAPPER = new DefaultHtmlMapper() {
        @Override
        public boolean isDiscardElement(String name) {
            return DROPPED.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
        }

        @Override
        public String mapSafeElement(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            // seen by Filter for their names, which does not pass them on (Tika drops these tags, keeping their text)
            return WRAPPERS.contains(n) ? n : super.mapSafeElement(name);
        }

        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            String a = attributeName.toLowerCase(Locale.ROOT);
            // kept for Filter, which drops the site's parts by their names
            return a.equals("class") || a.equals("id") ? a : super.mapSafeAttribute(elementName, attributeName);
        }
    };

    /** Menus, footers, sidebars ("Related news", "Upcoming events" of other pages), search forms. */
    private static final Set<String> DROPPED = Set.of("nav", "footer", "aside", "form");

    /** Layout elements Tika passes on only for Filter, which reads their names and drops their tags. */
    private static final Set<String> WRAPPERS = Set.of("div", "section");

    /** The page's top elements, which themes mark with their layout's names ("page sidebar-first"): never dropped. */
    private static final Set<String> PAGE = Set.of("html", "body", "main", "article");

    private static final Set<String> CHROME_NAMES = load();

    private PageChrome() {}

    /**
     * Events of a web page without the elements whose class or id names the site's parts (page-chrome.txt):
     * content management systems mark a sidebar "region-sidebar-first" or a share bar "share-buttons" on a div.
     */
    static Filter filter(ContentHandler next) {
        return new Filter(next);
    }

    /** Drops the subtrees of elements named as the site's parts, and counts the characters it dropped. */
    static final class Filter extends ContentHandlerDecorator {
        private int depth;         // > 0 inside a dropped element
        private long dropped;
        private long kept;

        Filter(ContentHandler next) {
            super(next);
        }

        /** Whether the filter dropped more of the page than it kept: a theme's name on its content, not chrome. */
        boolean droppedMost() {
            return dropped > kept;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
            if (depth > 0 || !PAGE.contains(name) && (isChrome(atts.getValue("class")) || isChrome(atts.getValue("id")))) {
                depth++;
                return;
            }
            if (!WRAPPERS.contains(name)) {
                super.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (depth > 0) {
                depth--;
                return;
            }
            String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
            if (!WRAPPERS.contains(name)) {
                super.endElement(uri, localName, qName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (depth > 0) {
                dropped += length;
                return;
            }
            kept += length;
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (depth == 0) {
                super.ignorableWhitespace(ch, start, length);
            }
        }
    }

    /** "sidebar", "sidebar-first", "region-sidebar-first", "share_buttons": a name of chrome. */
    static boolean isChrome(String names) {
        if (names == null || names.isBlank()) {
            return false;
        }
        for (String name : names.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (CHROME_NAMES.contains(name)) { // "top-bar": a hyphenated name of its own
                return true;
            }
            String[] parts = name.split("[-_]");
            // the name itself, or the part after a prefix such as "region-" or "block-"
            for (int i = 0; i < Math.min(parts.length, 2); i++) {
                if (CHROME_NAMES.contains(parts[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        WordLists.rows("page-chrome.txt").forEach(row -> names.add(row[0]));
        return Set.copyOf(names);
    }
}
