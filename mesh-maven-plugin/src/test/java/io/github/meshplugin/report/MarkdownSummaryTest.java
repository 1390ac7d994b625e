package io.github.meshplugin.report;

import static io.github.meshplugin.report.ReportFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The summary as GitHub renders it: checked by rendering it with a GFM-tables parser, not by string matching. */
class MarkdownSummaryTest {

    @Test
    void aBrokenMeshFailsWithCountsAndItsErrorsFirst() {
        String markdown = new MarkdownSummary().render(ReportFixtures.broken().findings(), FailOn.ERROR);
        Document html = render(markdown);

        assertThat(html.selectFirst("h2").text()).isEqualTo("Data mesh validation");
        assertThat(html.selectFirst("p").text())
                .startsWith("Failed at failOn=error: ")
                .endsWith("errors.");
        List<Element> tables = html.select("table");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).select("tbody tr"))
                .extracting(row -> row.child(0).text())
                .containsExactly("error", "warning", "info");
        Element firstFinding = tables.get(1).selectFirst("tbody tr");
        assertThat(firstFinding.child(0).text()).isEqualTo("error");
        assertThat(tables.get(1).select("tbody tr"))
                .hasSize(ReportFixtures.broken().findings().size());
    }

    @Test
    void messagesKeepTheirAngleBracketsAndLocationsAreCode() {
        List<Finding> findings = new ArrayList<>(ReportFixtures.broken().findings());
        findings.add(finding(
                "MESH-SCHEMA-001",
                Severity.ERROR,
                "domains/beta/b1/placeholder.odcs.yaml",
                3,
                5,
                null,
                "`id` is still the template's <id>",
                "h"));
        String markdown = new MarkdownSummary().render(findings, FailOn.ERROR);
        Element yamlRow = render(markdown).select("table").get(1).select("tbody tr").stream()
                .filter(row -> row.child(1).text().equals("MESH-YAML-001"))
                .findFirst()
                .orElseThrow();
        Element placeholderRow = render(markdown).select("table").get(1).select("tbody tr").stream()
                .filter(row -> row.child(2).text().startsWith("domains/beta/b1/placeholder"))
                .findFirst()
                .orElseThrow();

        assertThat(yamlRow.child(2).selectFirst("code").text()).isEqualTo("domains/beta/b1/syntax.odcs.yaml:6:4");
        assertThat(placeholderRow.child(3).text()).contains("template's <id>");
    }

    @Test
    void pipesAndLineBreaksInUserTextStayInTheirCell() {
        List<Finding> findings = List.of(finding(
                "R-1",
                Severity.WARNING,
                "a|b.yaml",
                2,
                1,
                null,
                "one | two\nthree `x | y` *not bold* [not](link) <b>",
                "h"));

        String markdown = new MarkdownSummary().render(findings, FailOn.ERROR);
        Element row = render(markdown).select("table").get(1).selectFirst("tbody tr");

        assertThat(row.children()).hasSize(4);
        assertThat(row.child(2).text()).isEqualTo("a|b.yaml:2:1");
        assertThat(row.child(3).text()).isEqualTo("one | two three x | y *not bold* [not](link) <b>");
        assertThat(row.child(3).selectFirst("code").text()).isEqualTo("x | y");
        assertThat(row.child(3).select("em, a, b")).isEmpty();
        assertThat(render(markdown).selectFirst("p").text()).isEqualTo("Passed (failOn=error): 1 finding.");
    }

    @Test
    void theFindingsTableIsCappedAndSaysHowManyAreLeftOut() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            findings.add(finding("R-1", Severity.ERROR, "f" + i + ".yaml", 1, 1, null, "m" + i, null));
        }

        String capped = new MarkdownSummary().render(findings, FailOn.WARNING);
        String small = new MarkdownSummary(10).render(findings, FailOn.WARNING);

        assertThat(render(capped).select("table").get(1).select("tbody tr")).hasSize(200);
        assertThat(capped).contains("\n... and 50 more\n").contains("| m199 |").doesNotContain("| m200 |");
        assertThat(render(small).select("table").get(1).select("tbody tr")).hasSize(10);
        assertThat(small).contains("... and 240 more");
        assertThat(render(capped).selectFirst("p").text())
                .isEqualTo("Failed at failOn=warning: 250 errors or warnings.");
    }

    @Test
    void aCleanMeshPassesWithoutAFindingsTable() {
        String markdown = new MarkdownSummary().render(List.of(), FailOn.WARNING);

        assertThat(render(markdown).select("table")).hasSize(1);
        assertThat(markdown)
                .contains("**Passed** (failOn=warning): 0 findings.")
                .endsWith("No findings.\n");
    }

    @Test
    void backticksInAFileNameStillMakeOneCodeSpan() {
        assertThat(MarkdownSummary.codeSpan("a`b")).isEqualTo("`` a`b ``");
        assertThat(MarkdownSummary.inline("lonely ` tick")).isEqualTo("lonely \\` tick");
    }

    static Document render(String markdown) {
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        String html = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }
}
