package io.github.meshplugin.scaffold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a port to a product descriptor as text, so the team's comments, order and layout stay as they wrote them:
 * the new entry goes at the end of the top-level {@code inputPorts} or {@code outputPorts} list, indented like the
 * entries before it.
 */
final class PortList {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)- ");

    private PortList() {}

    /** The descriptor's text with {@code port} appended to the list {@code key}. */
    static String append(String descriptor, String key, MeshFiles.Port port) throws ScaffoldException {
        List<String> lines = new ArrayList<>(Arrays.asList(descriptor.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Pattern block = Pattern.compile("^" + key + ":\\s*(#.*)?$");
        Pattern emptyFlow = Pattern.compile("^" + key + ":\\s*\\[\\s*]\\s*(#.*)?$");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (emptyFlow.matcher(line).matches()) {
                lines.set(i, key + ":");
                lines.addAll(i + 1, entry(port, ""));
                return join(lines);
            }
            if (block.matcher(line).matches()) {
                int last = i;
                String indent = null;
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = lines.get(j);
                    if (next.isBlank() || next.stripLeading().startsWith("#")) {
                        continue;
                    }
                    Matcher item = ITEM.matcher(next);
                    if (!Character.isWhitespace(next.charAt(0)) && !item.find()) {
                        break;
                    }
                    if (indent == null && ITEM.matcher(next).find()) {
                        Matcher first = ITEM.matcher(next);
                        first.find();
                        indent = first.group(1);
                    }
                    last = j;
                }
                lines.addAll(last + 1, entry(port, indent == null ? "  " : indent));
                return join(lines);
            }
            if (line.startsWith(key + ":")) {
                throw new ScaffoldException("The `" + key + "` of this descriptor is not a block list the scaffolder "
                        + "can extend; add this entry by hand:\n" + MeshFiles.port(port));
            }
        }
        lines.add(key + ":");
        lines.addAll(entry(port, "  "));
        return join(lines);
    }

    private static List<String> entry(MeshFiles.Port port, String indent) {
        return List.of(
                indent + "- name: " + port.name(),
                indent + "  version: " + port.version(),
                indent + "  contractId: " + port.contractId());
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
