package org.reportparse.extract;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * A web page's navigation menus, footer and sidebars ("Home / About us / News", "© 2018 ... All rights reserved",
 * "Related news: Workshop in Lima, 3 May") are the site's, not the report's: their content is dropped as Tika drops scripts, so a menu item is never taken for the
 * report's title nor a footer for an activity's prose.
 */
final class PageChrome {
    static final HtmlMapper MAPPER = new DefaultHtmlMapper() {
        @Override
        public boolean isDiscardElement(String name) {
            return DROPPED.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
        }
    };

    /** Menus, footers, sidebars ("Related news", "Upcoming events" of other pages), search forms. */
    private static final Set<String> DROPPED = Set.of("nav", "footer", "aside", "form");

    private PageChrome() {}
}
