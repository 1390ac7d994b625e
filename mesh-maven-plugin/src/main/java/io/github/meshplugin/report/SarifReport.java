package io.github.meshplugin.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.io.Sha256;
import io.github.meshplugin.result.MeshResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as SARIF 2.1.0, the format GitHub code scanning (and most code-review tools) reads: each finding
 * becomes an alert on its file and line in pull requests, with the rule's rationale and fix as its help.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "mesh-maven-plugin";

    /**
     * Versioned so that changing what the hash covers can be done under a new key, instead of silently making
     * every existing alert look fixed and reappear as new.
     */
    static final String FINGERPRINT_KEY = "meshFindingHash/v1";

    public byte[] write(MeshResult result, String pathPrefix) {
        return write(result.catalogue(), result.findings(), pathPrefix);
    }

    /**
     * @param pathPrefix the mesh root's path inside the repository ({@code ""} or ending in {@code /}), because
     *                   code scanning resolves {@code %SRCROOT%} to the repository checkout
     */
    public byte[] write(List<RuleInfo> rules, List<Finding> findings, String pathPrefix) {
        String prefix = PathPrefix.normalize(pathPrefix);
        List<RuleInfo> allRules = withUnknownRules(rules, findings);
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleNodes = ReportJson.object().arrayNode();
        for (RuleInfo rule : allRules) {
            ruleIndex.putIfAbsent(rule.id(), ruleNodes.size());
            ruleNodes.add(rule(rule));
        }
        ArrayNode resultNodes = ReportJson.object().arrayNode();
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : findings) {
            resultNodes.add(result(finding, ruleIndex.get(finding.ruleId()), prefix, occurrences));
        }

        ObjectNode sarif = ReportJson.object();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.set("rules", ruleNodes);
        run.set("results", resultNodes);
        return ReportJson.bytes(sarif);
    }

    /** Every result needs a rule to point at; a finding whose rule is missing from the catalogue gets a stub. */
    private static List<RuleInfo> withUnknownRules(List<RuleInfo> rules, List<Finding> findings) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        Map<String, Severity> unknown = new TreeMap<>();
        findings.stream()
                .filter(f -> !byId.containsKey(f.ruleId()))
                .forEach(f -> unknown.putIfAbsent(f.ruleId(), f.severity()));
        List<RuleInfo> all = new ArrayList<>(rules);
        unknown.forEach((id, severity) -> all.add(new RuleInfo(id, severity, id, null, null)));
        return all;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = ReportJson.object();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.title()));
        text(node, "shortDescription", rule.title());
        text(node, "fullDescription", rule.rationale());
        text(node, "help", rule.fix());
        node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        return node;
    }

    private static ObjectNode result(Finding finding, int ruleIndex, String prefix, Map<String, Integer> occurrences) {
        String uri = prefix + finding.source().file();
        ObjectNode node = ReportJson.object();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", message(finding));
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uriReference(uri));
        artifact.put("uriBaseId", "%SRCROOT%");
        if (finding.source().line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.source().line());
            if (finding.source().column() > 0) {
                region.put("startColumn", finding.source().column());
            }
        }
        // The line is left out of the hash so an alert survives lines being added above it; the occurrence
        // number keeps identical findings in one file apart (as GitHub's own primaryLocationLineHash does).
        String hash = sha256(finding.ruleId() + "\u0000" + uri + "\u0000" + finding.message());
        int occurrence = occurrences.merge(hash, 1, Integer::sum);
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, hash + ":" + occurrence);
        return node;
    }

    private static String message(Finding finding) {
        if (finding.hint() == null) {
            return finding.message();
        }
        String message = finding.message().strip();
        boolean endsASentence = message.endsWith(".") || message.endsWith("!") || message.endsWith("?");
        return message + (endsASentence ? "" : ".") + " Fix: " + finding.hint();
    }

    private static void text(ObjectNode parent, String field, String text) {
        if (text != null) {
            parent.putObject(field).put("text", text);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** "Unknown apiVersion or kind" becomes "UnknownApiVersionOrKind": words capitalized, inner capitals kept. */
    static String pascalCase(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.toString();
    }

    /**
     * SARIF wants a URI reference, and a file name may hold spaces, {@code #}, {@code %} or non-ASCII letters.
     * {@code :} is encoded too, or a first segment like {@code c:} would read as a URI scheme.
     */
    static String uriReference(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return uri.toString();
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
