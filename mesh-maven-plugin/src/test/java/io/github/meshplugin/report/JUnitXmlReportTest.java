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

/** What a CI dashboard reading the JUnit XML shows: one test per product, failures explained. */
class JUnitXmlReportTest {

    private final JUnitXmlReport report = new JUnitXmlReport();

    @Test
    void everyProductIsOneTestCaseOfOneSuitePlusTheCatchAllCase() throws Exception {
        MeshResult result = ReportFixtures.broken();
        Document xml = parse(report.write(result, FailOn.ERROR));

        List<String> expectedCases = new ArrayList<>(new TreeSet<>(result.mesh().products().stream()
                .map(p -> p.id())
                .filter(Objects::nonNull)
                .toList()));
        expectedCases.add("mesh");
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).hasSize(1);
        Element suite = suites.get(0);
        List<Element> cases = elements(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactlyElementsOf(expectedCases);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.getAttribute("classname")).isEqualTo("mesh");
            assertThat(elements(c, "failure")).hasSizeLessThanOrEqualTo(1);
        });
        long failing =
                cases.stream().filter(c -> !elements(c, "failure").isEmpty()).count();
        assertThat(failing).isPositive();
        for (Element counted : List.of(root, suite)) {
            assertThat(counted.getAttribute("tests")).isEqualTo(String.valueOf(expectedCases.size()));
            assertThat(counted.getAttribute("failures")).isEqualTo(String.valueOf(failing));
            assertThat(counted.getAttribute("errors")).isEqualTo("0");
            assertThat(counted.getAttribute("skipped")).isEqualTo("0");
        }
    }

    @Test
    void aFailingProductNamesItsFailingRulesAndListsEveryFindingWithItsFix() throws Exception {
        MeshResult result = ReportFixtures.broken();
        Document xml = parse(report.write(result, FailOn.ERROR));

        Element failure = elements(testCase(xml, "alpha.a1"), "failure").get(0);
        List<Finding> failing = result.findings().stream()
                .filter(f -> "alpha.a1".equals(f.subject()) && f.severity() == Severity.ERROR)
                .toList();
        assertThat(failing).hasSizeGreaterThan(1);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message"))
                .startsWith(failing.size() + " findings: ")
                .contains("MESH-GRAPH-001 " + ruleTitle(result, "MESH-GRAPH-001"));
        for (Finding finding : failing) {
            assertThat(failure.getAttribute("message")).contains(finding.ruleId());
            assertThat(failure.getTextContent()).contains(finding.oneLine());
        }
        assertThat(failure.getTextContent())
                .contains("domains/alpha/a1/a1.odps.yaml:1:1: error [MESH-GRAPH-001] dependency cycle: alpha.a1 -> ")
                .contains("(fix: Break the cycle");
    }

    @Test
    void productsWithoutFindingsShowAsPassedTests() throws Exception {
        List<Finding> findings =
                List.of(finding("MESH-A-001", Severity.ERROR, "p.odps.yaml", 1, 1, "p", "p is broken", null));

        Document xml = parse(report.write(List.of("p", "q"), List.of(), findings, FailOn.ERROR));

        assertThat(elements(testCase(xml, "p"), "failure")).hasSize(1);
        assertThat(testCase(xml, "q").getChildNodes().getLength()).isZero();
        assertThat(testCase(xml, "mesh").getChildNodes().getLength()).isZero();
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void findingsBelowTheThresholdAreOutputNotFailures() throws Exception {
        MeshResult result = ReportFixtures.broken();
        Finding warning = result.findings().stream()
                .filter(f -> f.severity() == Severity.WARNING && f.subject() != null)
                .findFirst()
                .orElseThrow();

        Element atError = testCase(parse(report.write(result, FailOn.ERROR)), warning.subject());
        Element atWarning = testCase(parse(report.write(result, FailOn.WARNING)), warning.subject());

        assertThat(elements(atError, "failure"))
                .allSatisfy(failure -> assertThat(failure.getTextContent()).doesNotContain(warning.message()));
        assertThat(elements(atError, "system-out").get(0).getTextContent()).contains(warning.oneLine());
        assertThat(elements(atWarning, "failure").get(0).getTextContent()).contains(warning.oneLine());
        assertThat(elements(atWarning, "failure").get(0).getAttribute("message"))
                .contains(warning.ruleId());
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
        assertThat(xml.getElementsByTagName("testcase").getLength())
                .isEqualTo(result.mesh().products().size() + 1);
    }

    @Test
    void findingsOfNoProductGoToTheMeshCaseAndUnknownRulesAreNamedByTheirId() throws Exception {
        List<RuleInfo> rules = List.of(new RuleInfo("MESH-A-001", Severity.ERROR, "A rule", "why", "how"));
        List<Finding> findings = List.of(
                finding("MESH-A-001", Severity.ERROR, "teams/t.yaml", 2, 3, null, "team broken", "fix it"),
                finding("CUSTOM-9", Severity.ERROR, "x.yaml", 0, 0, "p", "custom broke", null),
                finding("CUSTOM-9", Severity.ERROR, "y.yaml", 0, 0, "p", "custom broke again", null));

        Document xml = parse(report.write(List.of("p"), rules, findings, FailOn.ERROR));

        Element team = elements(testCase(xml, "mesh"), "failure").get(0);
        assertThat(team.getAttribute("message")).isEqualTo("1 finding: MESH-A-001 A rule");
        assertThat(team.getTextContent()).isEqualTo("teams/t.yaml:2:3: error [MESH-A-001] team broken (fix: fix it)\n");
        Element custom = elements(testCase(xml, "p"), "failure").get(0);
        assertThat(custom.getAttribute("message")).isEqualTo("2 findings: CUSTOM-9 (2)");
        assertThat(custom.getTextContent())
                .isEqualTo("x.yaml: error [CUSTOM-9] custom broke\ny.yaml: error [CUSTOM-9] custom broke again\n");
    }

    @Test
    void tenThousandProductsWithFindingsFitInTenMegabytesAndParse() throws Exception {
        List<RuleInfo> rules = List.of(
                new RuleInfo("MESH-DOC-001", Severity.WARNING, "Active product has no purpose", "why", "how"),
                new RuleInfo("MESH-REF-002", Severity.ERROR, "Output port names a missing contract", "why", "how"));
        List<String> products = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String id = "domain-" + (i % 200) + ".daily-kpis-" + i;
            String file = "domains/domain-" + (i % 200) + "/daily-kpis-" + i + "/daily-kpis-" + i + ".odps.yaml";
            products.add(id);
            findings.add(finding(
                    "MESH-DOC-001",
                    Severity.WARNING,
                    file,
                    9,
                    1,
                    id,
                    "active product `" + id + "` does not say what it is for",
                    "Add `description:` with `purpose: <what the product is for, in one or two sentences>`."));
            if (i % 3 == 0) {
                findings.add(finding(
                        "MESH-REF-002",
                        Severity.ERROR,
                        file,
                        31,
                        18,
                        id,
                        "output port `rows` of `" + id + "` publishes contract `" + id + ".rows.missing`, but no "
                                + "`.odcs.yaml` file in the mesh has that id",
                        "Add a contract with `id: " + id + ".rows.missing`, or fix the port's `contractId`."));
            }
        }

        byte[] bytes = report.write(products, rules, findings, FailOn.WARNING);
        Document xml = parse(bytes);

        assertThat(bytes.length).isLessThanOrEqualTo(10 * 1024 * 1024);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(10_001);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(10_000);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("10000");
        Element first =
                elements(testCase(xml, "domain-0.daily-kpis-0"), "failure").get(0);
        assertThat(first.getAttribute("message"))
                .isEqualTo("2 findings: MESH-DOC-001 Active product has no purpose, "
                        + "MESH-REF-002 Output port names a missing contract");
        assertThat(first.getTextContent().lines()).hasSize(2);
    }

    @Test
    void userTextCannotBreakTheXml() throws Exception {
        String hostile = "a < b & c ]]> d \"q\" 's' \u0001 e \u0000 f \uD800 g \r\n h";
        List<RuleInfo> rules = List.of(new RuleInfo("MESH-A-001", Severity.ERROR, "Title <&>", "why", "how"));
        List<Finding> findings = List.of(finding(
                "MESH-A-001", Severity.ERROR, "d/<x>&.yaml", 1, 1, "p<&>\"\u0001", hostile, "fix ]]> \u0002 now"));

        byte[] bytes = report.write(List.of(), rules, findings, FailOn.ERROR);
        Document xml = parse(bytes);

        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("p<&>\"\uFFFD");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 finding: MESH-A-001 Title <&>");
        assertThat(failure.getTextContent())
                .contains("d/<x>&.yaml:1:1: error [MESH-A-001] a < b & c ]]> d")
                .as("each finding stays on its line, control characters shown escaped")
                .contains("\\u0001 e \\u0000 f \uFFFD g \\r\\n h")
                .contains("(fix: fix ]]> \\u0002 now)");
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

    private static Element testCase(Document xml, String name) {
        return elements(elements(xml.getDocumentElement(), "testsuite").get(0), "testcase").stream()
                .filter(c -> c.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String ruleTitle(MeshResult result, String ruleId) {
        return result.rules().catalogue().stream()
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst()
                .orElseThrow()
                .title();
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
