package io.github.meshplugin.scaffold;

import io.github.meshplugin.finding.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The files of a new mesh repository beside its first product: the POM, the policy and the CI pipelines. */
final class InitFiles {

    private InitFiles() {}

    static String pom(String groupId, String artifactId, String meshName, MeshScaffold.Plugin plugin) {
        return template("pom.xml")
                .formatted(
                        MeshFiles.xml(groupId),
                        MeshFiles.xml(artifactId),
                        MeshFiles.xml(meshName),
                        MeshFiles.xml(plugin.groupId()),
                        MeshFiles.xml(plugin.artifactId()),
                        MeshFiles.xml(plugin.version()));
    }

    /** mesh-rules.yaml with every rule at its default severity, commented out, and the policy's other sections. */
    static String rules(List<RuleInfo> catalogue) {
        StringBuilder text = new StringBuilder();
        text.append(
                "# The governance policy of this mesh. Everything below is commented out: these are the defaults.\n");
        text.append("# Uncomment a line to change how a rule applies (error, warning, info or off).\n");
        text.append("# rules:\n");
        for (RuleInfo rule : catalogue) {
            text.append("#   ")
                    .append(rule.id())
                    .append(": ")
                    .append(rule.defaultSeverity().name().toLowerCase(Locale.ROOT))
                    .append("    # ")
                    .append(rule.title())
                    .append('\n');
        }
        text.append("""

                # One rule silenced for one product or contract; the reason is required and shown on the quality page.
                # suppressions:
                #   - rule: MESH-OWN-002
                #     product: sales.legacy-order-extract
                #     reason: Sunset in Q1; the team has been dissolved.

                # The layering of rule MESH-GRAPH-003 (the defaults).
                # layering:
                #   property: alignment
                #   order: [source-aligned, aggregate, consumer-aligned]
                """);
        return text.toString();
    }

    static String githubActions(String targetBranch) {
        return template("github-actions.yml").formatted(targetBranch);
    }

    static String gitlabCi(String targetBranch) {
        return template("gitlab-ci.yml").formatted(targetBranch);
    }

    /** A file of {@code mesh/scaffold/} in the plugin's jar, with {@code %n$s} placeholders. */
    private static String template(String name) {
        try (InputStream in = InitFiles.class.getResourceAsStream("/mesh/scaffold/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's jar lacks mesh/scaffold/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    static String gitignore() {
        return "target/\n";
    }
}
