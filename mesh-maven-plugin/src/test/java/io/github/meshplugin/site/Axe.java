package io.github.meshplugin.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility checker, taken from its WebJar on the test class path and injected into the page
 * under test by the driver: it is never part of a generated site. Checks the WCAG 2.1 A and AA rules.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {}

    /** The serious and critical violations on the page the browser shows, one line each (rule, help, where). */
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        Object json = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                        + " function (e) { done(JSON.stringify([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}])); });");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree((String) json)) {
                String impact = violation.path("impact").asText();
                if (!impact.equals("serious") && !impact.equals("critical")) {
                    continue;
                }
                List<String> where = new ArrayList<>();
                for (JsonNode node : violation.path("nodes")) {
                    where.add(node.path("target").toString() + " "
                            + node.path("failureSummary").asText().replace('\n', ' '));
                }
                serious.add(impact + " " + violation.path("id").asText() + ": "
                        + violation.path("help").asText() + " at " + where);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return serious;
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException(
                    "axe-core must be on the test class path (org.webjars.npm:axe-core)", missing);
        }
    }
}
