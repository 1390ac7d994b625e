package io.github.meshplugin.scaffold;

import java.util.Locale;
import java.util.regex.Pattern;

/** The names a user gives the scaffolder: checked against the mesh's conventions, and turned into titles. */
public final class Names {

    /** A folder, team or port name: lower-case words joined by hyphens, so every id built from it is portable. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Names() {}

    /** Checks a domain, product, port or team name; {@code what} names it in the message. */
    public static String check(String what, String name) throws ScaffoldException {
        if (name == null || name.isBlank()) {
            throw new ScaffoldException("Give the " + what + " a name (-Dmesh." + what + "=<name>).");
        }
        if (!NAME.matcher(name).matches()) {
            throw new ScaffoldException("The " + what + " name `" + name + "` is not lower-case words joined by "
                    + "hyphens; try `" + suggest(name) + "`.");
        }
        return name;
    }

    /** Lower case, hyphens between words: "Order Lines" and "order_lines" become "order-lines". */
    public static String suggest(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return words.isEmpty() ? "my-name" : words;
    }

    /** "order-lines" becomes "Order Lines". */
    public static String title(String name) {
        StringBuilder title = new StringBuilder();
        for (String word : name.split("[-_.\\s]+")) {
            if (!word.isEmpty()) {
                if (!title.isEmpty()) {
                    title.append(' ');
                }
                title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title.toString();
    }

    /** "order-lines" becomes "order_lines": the usual spelling of a table or column. */
    public static String snake(String name) {
        return name.replace('-', '_');
    }
}
