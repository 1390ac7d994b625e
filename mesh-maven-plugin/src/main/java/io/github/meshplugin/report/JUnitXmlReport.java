package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.result.MeshResult;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The findings as JUnit XML (the Ant/Surefire format), because that is the one format every CI dashboard shows
 * without a plugin. Each product is a test suite and each rule a test case in it, so a dashboard lists the checks
 * that passed as well as those that failed, and tracks a product's rule from build to build by its stable name.
 * Findings below {@code failOn} do not fail their test case; they are kept in its {@code system-out}.
 */
public final class JUnitXmlReport {

    /** The suite for findings that belong to no product (team files, domain files, stray files). */
    public static final String NO_PRODUCT_SUITE = "mesh";

    private static final String INDENT = "  ";

    public byte[] write(MeshResult result, FailOn failOn) {
        List<String> productIds = result.mesh().products().stream()
                .map(DataProduct::id)
                .filter(Objects::nonNull)
                .toList();
        return write(productIds, result.catalogue(), result.findings(), failOn);
    }

    /**
     * @param productIds every product of the mesh, so products without findings show their passing checks
     * @param rules      the rule catalogue: one test case per rule in every suite
     */
    public byte[] write(Collection<String> productIds, List<RuleInfo> rules, List<Finding> findings, FailOn failOn) {
        Map<String, String> titles = ruleTitles(rules, findings);
        List<Suite> suites = suites(productIds, findings).entrySet().stream()
                .map(suite -> Suite.of(suite.getKey(), titles, suite.getValue(), failOn))
                .toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // The JDK's own writer, not whichever StAX provider the Maven runtime happens to put on the class
            // path: another provider would format and escape differently and break byte-identical reports.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newLine(xml, 0);
            xml.writeStartElement("testsuites");
            attribute(xml, "name", "mesh-maven-plugin");
            attribute(xml, "tests", suites.stream().mapToInt(Suite::tests).sum());
            attribute(xml, "failures", suites.stream().mapToInt(Suite::failures).sum());
            attribute(xml, "errors", 0);
            attribute(xml, "skipped", 0);
            attribute(xml, "time", "0");
            for (Suite suite : suites) {
                writeSuite(xml, suite);
            }
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

    private record Case(String ruleId, String title, List<Finding> failing, List<Finding> passing) {

        String name() {
            return title == null ? ruleId : ruleId + " " + title;
        }
    }

    private record Suite(String name, List<Case> cases) {

        static Suite of(String name, Map<String, String> titles, List<Finding> findings, FailOn failOn) {
            List<Case> cases = new ArrayList<>();
            titles.forEach((ruleId, title) -> {
                List<Finding> ofRule =
                        findings.stream().filter(f -> ruleId.equals(f.ruleId())).toList();
                cases.add(new Case(
                        ruleId,
                        title,
                        ofRule.stream()
                                .filter(f -> FailingSeverity.fails(failOn, f.severity()))
                                .toList(),
                        ofRule.stream()
                                .filter(f -> !FailingSeverity.fails(failOn, f.severity()))
                                .toList()));
            });
            return new Suite(name, cases);
        }

        int tests() {
            return cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(c -> !c.failing().isEmpty()).count();
        }
    }

    /** Catalogue rules in catalogue order; a finding of a rule missing from the catalogue still gets its case. */
    private static Map<String, String> ruleTitles(List<RuleInfo> rules, List<Finding> findings) {
        Map<String, String> titles = new LinkedHashMap<>();
        rules.forEach(rule -> titles.putIfAbsent(rule.id(), rule.title()));
        new TreeSet<>(findings.stream()
                        .map(Finding::ruleId)
                        .filter(id -> !titles.containsKey(id))
                        .toList())
                .forEach(id -> titles.put(id, null));
        return titles;
    }

    /** Products sorted by id, then the catch-all suite, which is always there so its checks show as passed too. */
    private static Map<String, List<Finding>> suites(Collection<String> productIds, List<Finding> findings) {
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
        Map<String, List<Finding>> suites = new LinkedHashMap<>(products);
        // A product that happens to be called "mesh" shares the catch-all suite rather than producing two
        // suites of one name, which dashboards would merge anyway.
        suites.computeIfAbsent(NO_PRODUCT_SUITE, id -> new ArrayList<>()).addAll(elsewhere);
        return suites;
    }

    private static void writeSuite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        newLine(xml, 1);
        xml.writeStartElement("testsuite");
        attribute(xml, "name", suite.name());
        attribute(xml, "tests", suite.tests());
        attribute(xml, "failures", suite.failures());
        attribute(xml, "errors", 0);
        attribute(xml, "skipped", 0);
        attribute(xml, "time", "0");
        for (Case testCase : suite.cases()) {
            writeCase(xml, "mesh." + suite.name(), testCase);
        }
        newLine(xml, 1);
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String className, Case testCase) throws XMLStreamException {
        newLine(xml, 2);
        boolean passedSilently =
                testCase.failing().isEmpty() && testCase.passing().isEmpty();
        if (passedSilently) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attribute(xml, "classname", className);
        attribute(xml, "name", testCase.name());
        attribute(xml, "time", "0");
        if (passedSilently) {
            return;
        }
        if (!testCase.failing().isEmpty()) {
            newLine(xml, 3);
            xml.writeStartElement("failure");
            attribute(xml, "type", testCase.ruleId());
            attribute(xml, "message", testCase.failing().get(0).message());
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

    private static String lines(List<Finding> findings) {
        StringBuilder lines = new StringBuilder();
        for (Finding finding : findings) {
            lines.append(finding.source().location())
                    .append(": ")
                    .append(finding.severity().label())
                    .append(' ')
                    .append(finding.message());
            if (finding.hint() != null) {
                lines.append(" (fix: ").append(finding.hint()).append(')');
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
