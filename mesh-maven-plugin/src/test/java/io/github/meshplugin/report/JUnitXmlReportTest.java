package io.github.meshplugin.report;

import static io.github.meshplugin.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.result.MeshResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a CI dashboard reading the JUnit XML shows: one suite per product, one test per rule, failures explained. */
class JUnitXmlReportTest {

    private final JUnitXmlReport report = new JUnitXmlReport();

    @Test
    void everyProductIsASuiteWithOneTestPerRulePlusTheCatchAllSuite() throws Exception {
        MeshResult result = ReportFixtures.broken();
        Document xml = parse(report.write(result, FailOn.ERROR));

        List<String> expectedSuites = new ArrayList<>(new TreeSet<>(result.mesh().products().stream()
                .map(p -> p.id())
                .filter(Objects::nonNull)
                .toList()));
        expectedSuites.add("mesh");
        List<Element> suites = elements(xml.getDocumentElement(), "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactlyElementsOf(expectedSuites);

        int catalogueSize = result.rules().catalogue().size();
        for (Element suite : suites) {
            List<Element> cases = elements(suite, "testcase");
            assertThat(cases).hasSize(catalogueSize);
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(catalogueSize));
            long failing = cases.stream()
                    .filter(c -> !elements(c, "failure").isEmpty())
                    .count();
            assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failing));
            assertThat(suite.getAttribute("errors")).isEqualTo("0");
            assertThat(suite.getAttribute("skipped")).isEqualTo("0");
            assertThat(cases)
                    .allSatisfy(c ->
                            assertThat(c.getAttribute("classname")).isEqualTo("mesh." + suite.getAttribute("name")));
        }
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(catalogueSize * suites.size()));
        assertThat(Integer.parseInt(root.getAttribute("failures")))
                .isEqualTo(suites.stream()
                        .mapToInt(s -> Integer.parseInt(s.getAttribute("failures")))
                        .sum());
    }

    @Test
    void aFailingTestNamesTheRuleAndListsEveryFindingWithItsFix() throws Exception {
        Document xml = parse(report.write(ReportFixtures.broken(), FailOn.ERROR));

        Element cycle = testCase(xml, "alpha.a1", "MESH-GRAPH-001");
        assertThat(cycle.getAttribute("name")).startsWith("MESH-GRAPH-001 ").hasSizeGreaterThan(15);
        Element failure = elements(cycle, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("MESH-GRAPH-001");
        assertThat(failure.getAttribute("message")).contains("dependency cycle: alpha.a1 -> beta.b1 -> alpha.a1");
        assertThat(failure.getTextContent())
                .contains("domains/alpha/a1/a1.odps.yaml:1:1: error dependency cycle: alpha.a1 -> beta.b1")
                .contains("(fix: Break the cycle");
    }

    @Test
    void checksWithoutFindingsShowAsPassedTests() throws Exception {
        Document xml = parse(report.write(ReportFixtures.broken(), FailOn.ERROR));

        Element passed = testCase(xml, "alpha.a1", "MESH-YAML-003");
        assertThat(passed.getChildNodes().getLength()).isZero();
    }

    @Test
    void findingsBelowTheThresholdAreOutputNotFailures() throws Exception {
        MeshResult result = ReportFixtures.broken();
        Finding warning = result.findings().stream()
                .filter(f -> f.severity() == Severity.WARNING && f.subject() != null)
                .findFirst()
                .orElseThrow();

        Element atError = testCase(parse(report.write(result, FailOn.ERROR)), warning.subject(), warning.ruleId());
        Element atWarning = testCase(parse(report.write(result, FailOn.WARNING)), warning.subject(), warning.ruleId());

        assertThat(elements(atError, "failure")).isEmpty();
        assertThat(elements(atError, "system-out").get(0).getTextContent()).contains(warning.message());
        assertThat(elements(atWarning, "failure").get(0).getTextContent()).contains(warning.message());
    }

    @Test
    void withFailOnNeverNothingFails() throws Exception {
        Document xml = parse(report.write(ReportFixtures.broken(), FailOn.NEVER));

        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(xml.getElementsByTagName("system-out").getLength()).isPositive();
    }

    @Test
    void aMeshWithoutErrorsPassesEveryTestAtFailOnError() throws Exception {
        MeshResult result = ReportFixtures.valid();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        Document xml = parse(report.write(result, FailOn.ERROR));

        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        assertThat(elements(xml.getDocumentElement(), "testsuite"))
                .hasSize(result.mesh().products().size() + 1);
    }

    @Test
    void findingsOfNoProductGoToTheMeshSuiteAndUnknownRulesStillGetATest() throws Exception {
        List<RuleInfo> rules = List.of(new RuleInfo("MESH-A-001", Severity.ERROR, "A rule", "why", "how"));
        List<Finding> findings = List.of(
                finding("MESH-A-001", Severity.ERROR, "teams/t.yaml", 2, 3, null, "team broken", "fix it"),
                finding("CUSTOM-9", Severity.ERROR, "x.yaml", 0, 0, "p", "custom broke", null));

        Document xml = parse(report.write(List.of("p"), rules, findings, FailOn.ERROR));

        assertThat(elements(testCase(xml, "mesh", "MESH-A-001"), "failure")
                        .get(0)
                        .getTextContent())
                .isEqualTo("teams/t.yaml:2:3: error team broken (fix: fix it)\n");
        Element custom = testCase(xml, "p", "CUSTOM-9");
        assertThat(custom.getAttribute("name")).isEqualTo("CUSTOM-9");
        assertThat(elements(custom, "failure").get(0).getTextContent()).isEqualTo("x.yaml: error custom broke\n");
    }

    @Test
    void userTextCannotBreakTheXml() throws Exception {
        String hostile = "a < b & c ]]> d \"q\" 's' \u0001 e \u0000 f \uD800 g \r\n h";
        List<RuleInfo> rules = List.of(new RuleInfo("MESH-A-001", Severity.ERROR, "Title <&>", "why", "how"));
        List<Finding> findings = List.of(finding(
                "MESH-A-001", Severity.ERROR, "d/<x>&.yaml", 1, 1, "p<&>\"\u0001", hostile, "fix ]]> \u0002 now"));

        byte[] bytes = report.write(List.of(), rules, findings, FailOn.ERROR);
        Document xml = parse(bytes);

        Element suite = elements(xml.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("p<&>\"\uFFFD");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("a < b & c ]]> d \"q\" 's' \uFFFD e \uFFFD f \uFFFD g   h");
        assertThat(failure.getTextContent())
                .contains("d/<x>&.yaml:1:1: error a < b & c ]]> d")
                .contains("\uFFFD g \n h")
                .contains("(fix: fix ]]> \uFFFD now)");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("]]>");
    }

    @Test
    void theSameMeshGivesTheSameBytesWithNothingThatChangesBetweenRuns() {
        byte[] first = report.write(ReportFixtures.broken(), FailOn.ERROR);
        byte[] second = report.write(ReportFixtures.broken(), FailOn.ERROR);

        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites")
                .doesNotContain("timestamp", "hostname", "\r")
                .endsWith("</testsuites>\n")
                .contains("\n    <testcase ");
        assertThat(text.lines().filter(l -> l.contains("time=")))
                .allSatisfy(l -> assertThat(l).contains("time=\"0\""));
    }

    private static Element testCase(Document xml, String suiteName, String ruleId) {
        Element suite = elements(xml.getDocumentElement(), "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals(suiteName))
                .findFirst()
                .orElseThrow();
        return elements(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals(ruleId)
                        || c.getAttribute("name").startsWith(ruleId + " "))
                .findFirst()
                .orElseThrow();
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                children.add(element);
            }
        }
        return children;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
