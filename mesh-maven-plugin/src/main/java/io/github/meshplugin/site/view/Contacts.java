package io.github.meshplugin.site.view;

import io.github.meshplugin.model.Contact;
import io.github.meshplugin.site.view.CatalogView.ContactView;
import java.util.List;
import java.util.Locale;

/** Support channels of products and teams, with only the links a reader can follow without risk. */
final class Contacts {

    private Contacts() {}

    static List<ContactView> views(List<Contact> contacts) {
        return contacts.stream()
                .map(c -> new ContactView(c.channel(), c.tool(), safeUrl(c.url()), c.scope(), c.description()))
                .toList();
    }

    /** Only links a reader can follow without risk: http(s) and mailto. Anything else is shown as text. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                ? url.trim()
                : null;
    }
}
