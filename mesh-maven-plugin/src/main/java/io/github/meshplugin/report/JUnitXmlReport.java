package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.LogText;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.result.MeshResult;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The findings as JUnit XML (the Ant/Surefire format), because that is the one format every CI dashboard shows
 * without a plugin. Each product is one test case, named by its id so a dashboard tracks it from build to build:
 * it passes when none of its findings reach {@code failOn}, and otherwise fails with one failure whose message
 * names the failing rules and whose text lists every failing finding. Findings below {@code failOn} are kept in
 * the case's {@code system-out}. One case per product, not per product and rule, keeps the file in proportion to
 * the findings (a few megabytes for ten thousand products) rather than to products times rules.
 */
public final class JUnitXmlReport {

    /** The test case for findings that belong to no product (team files, domain files, stray files). */
    public static final String NO_PRODUCT_CASE = "mesh";

    /** The one suite, which is also every case's class name. */
    public static final String SUITE = "mesh";

    private static final String INDENT = "  ";

    public byte[] write(MeshResult result, FailOn failOn) {
        List<String> productIds = result.mesh().products().stream()
                .map(DataProduct::id)
                .filter(Objects::nonNull)
                .toList();
        return write(productIds, result.catalogue(), result.findings(), failOn);
    }

    /**
     * @param productIds every product of the mesh, so products without findings show as passed
     * @param rules      the rule catalogue, whose titles name the failing rules
     */
    public byte[] write(Collection<String> productIds, List<RuleInfo> rules, List<Finding> findings, FailOn failOn) {
        Map<String, String> titles = ruleTitles(rules);
        List<Case> cases = cases(productIds, findings).entrySet().stream()
                .map(c -> Case.of(c.getKey(), c.getValue(), failOn))
                .toList();
        int failures = (int) cases.stream().filter(c -> !c.failing().isEmpty()).count();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // The JDK's own writer, not whichever StAX provider the Maven runtime happens to put on the class
            // path: another provider would format and escape differently and break byte-identical reports.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newLine(xml, 0);
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "mesh-maven-plugin");
            counts(xml, cases.size(), failures);
            newLine(xml, 1);
            xml.writeStartElement("testsuite");
            attribute(xml, "name", SUITE);
            counts(xml, cases.size(), failures);
            for (Case testCase : cases) {
                writeCase(xml, testCase, titles);
            }
            newLine(xml, 1);
            xml.writeEndElement();
            newLine(xml, 0);
            xml.writeEndElement();
            newLine(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException writingToMemory) {
            throw new IllegalStateException("Could not write the JUnit XML report", writingToMemory);
        }
        return bytes.toByteArray();
    }

    private record Case(String name, List<Finding> failing, List<Finding> passing) {

        static Case of(String name, List<Finding> findings, FailOn failOn) {
            return new Case(
                    name,
                    findings.stream()
                            .filter(f -> FailingSeverity.fails(failOn, f.severity()))
                            .toList(),
                    findings.stream()
                            .filter(f -> !FailingSeverity.fails(failOn, f.severity()))
                            .toList());
        }
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures) throws XMLStreamException {
        attribute(xml, "tests", tests);
        attribute(xml, "failures", failures);
        attribute(xml, "errors", 0);
        attribute(xml, "skipped", 0);
        attribute(xml, "time", "0");
    }

    private static Map<String, String> ruleTitles(List<RuleInfo> rules) {
        Map<String, String> titles = new HashMap<>();
        rules.forEach(rule -> titles.putIfAbsent(rule.id(), rule.title()));
        return titles;
    }

    /** Products sorted by id, then the catch-all case, which is always there so it shows as passed too. */
    private static Map<String, List<Finding>> cases(Collection<String> productIds, List<Finding> findings) {
        Map<String, List<Finding>> products = new TreeMap<>();
        productIds.forEach(id -> products.put(id, new ArrayList<>()));
        List<Finding> elsewhere = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.subject() == null) {
                elsewhere.add(finding);
            } else {
                products.computeIfAbsent(finding.subject(), id -> new ArrayList<>())
                        .add(finding);
            }
        }
        Map<String, List<Finding>> cases = new LinkedHashMap<>(products);
        // A product that happens to be called "mesh" shares the catch-all case rather than producing two cases
        // of one name, which dashboards would merge anyway.
        cases.computeIfAbsent(NO_PRODUCT_CASE, id -> new ArrayList<>()).addAll(elsewhere);
        return cases;
    }

    private static void writeCase(XMLStreamWriter xml, Case testCase, Map<String, String> titles)
            throws XMLStreamException {
        newLine(xml, 2);
        boolean passedSilently =
                testCase.failing().isEmpty() && testCase.passing().isEmpty();
        if (passedSilently) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attribute(xml, "classname", SUITE);
        attribute(xml, "name", testCase.name());
        attribute(xml, "time", "0");
        if (passedSilently) {
            return;
        }
        if (!testCase.failing().isEmpty()) {
            newLine(xml, 3);
            xml.writeStartElement("failure");
            attribute(xml, "type", testCase.failing().get(0).severity().label());
            attribute(xml, "message", failureMessage(testCase.failing(), titles));
            xml.writeCharacters(text(lines(testCase.failing())));
            xml.writeEndElement();
        }
        if (!testCase.passing().isEmpty()) {
            newLine(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(lines(testCase.passing())));
            xml.writeEndElement();
        }
        newLine(xml, 2);
        xml.writeEndElement();
    }

    /** How many findings failed and which rules, with their titles: what a dashboard shows in its list. */
    private static String failureMessage(List<Finding> failing, Map<String, String> titles) {
        Map<String, Integer> perRule = new TreeMap<>();
        failing.forEach(f -> perRule.merge(f.ruleId(), 1, Integer::sum));
        StringBuilder message =
                new StringBuilder().append(failing.size()).append(failing.size() == 1 ? " finding: " : " findings: ");
        String separator = "";
        for (Map.Entry<String, Integer> rule : perRule.entrySet()) {
            message.append(separator).append(rule.getKey());
            String title = titles.get(rule.getKey());
            if (title != null) {
                message.append(' ').append(title);
            }
            if (rule.getValue() > 1) {
                message.append(" (").append(rule.getValue()).append(')');
            }
            separator = ", ";
        }
        return message.toString();
    }

    private static String lines(List<Finding> findings) {
        StringBuilder lines = new StringBuilder();
        for (Finding finding : findings) {
            lines.append(finding.oneLine());
            if (finding.hint() != null) {
                lines.append(" (fix: ").append(LogText.escape(finding.hint())).append(')');
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static void newLine(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static void attribute(XMLStreamWriter xml, String name, int value) throws XMLStreamException {
        xml.writeAttribute(name, Integer.toString(value));
    }

    /**
     * Parsers fold tabs and line breaks in attribute values into spaces anyway; doing it here keeps what every
     * reader sees identical instead of depending on how the writer escapes them.
     */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(
                name, text(value == null ? "" : value).replace('\n', ' ').replace('\t', ' '));
    }

    /**
     * Text from the mesh's files can hold characters XML 1.0 cannot carry at all, not even escaped (most C0
     * controls, lone surrogates, U+FFFE/U+FFFF); StAX writes them verbatim and the file no longer parses. They
     * become U+FFFD, so the reader sees that something was there. Carriage returns become line feeds because
     * parsers would normalize them anyway.
     */
    static String text(String raw) {
        String lineFeeds = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder safe = new StringBuilder(lineFeeds.length());
        for (int i = 0; i < lineFeeds.length(); ) {
            int codePoint = lineFeeds.codePointAt(i);
            boolean lone = Character.isSurrogate(lineFeeds.charAt(i)) && Character.charCount(codePoint) == 1;
            safe.appendCodePoint(!lone && allowedInXml10(codePoint) ? codePoint : '\uFFFD');
            i += Character.charCount(codePoint);
        }
        return safe.toString();
    }

    private static boolean allowedInXml10(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
