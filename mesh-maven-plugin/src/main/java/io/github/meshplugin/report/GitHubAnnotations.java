package io.github.meshplugin.report;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.LogText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions integration without a token or an API call: printed workflow commands become annotations on the
 * pull request's changed files, and markdown appended to {@code $GITHUB_STEP_SUMMARY} shows on the run's page.
 * Everything is read from the environment map given, so the class is inert anywhere but on GitHub Actions, and
 * tests need not change the real environment.
 */
public final class GitHubAnnotations {

    private final Map<String, String> environment;

    /** Usually {@code System.getenv()}. */
    public GitHubAnnotations(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** GitHub Actions sets {@code GITHUB_ACTIONS=true} in every step. */
    public boolean onGitHubActions() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /**
     * One {@code ::error}, {@code ::warning} or {@code ::notice} command per finding, to be printed on standard
     * output as they are (a logger's {@code [ERROR]} prefix would stop GitHub from recognising them); empty when
     * not on GitHub Actions.
     *
     * @param pathPrefix the mesh root's path inside the repository, since GitHub resolves {@code file=} against
     *                   the checkout
     */
    public List<String> lines(List<Finding> findings, String pathPrefix) {
        if (!onGitHubActions()) {
            return List.of();
        }
        String prefix = PathPrefix.normalize(pathPrefix);
        List<String> lines = new ArrayList<>();
        for (Finding finding : findings) {
            StringBuilder line = new StringBuilder("::").append(command(finding));
            line.append(" file=")
                    .append(escapeProperty(
                            LogText.escape(prefix + finding.source().file())));
            if (finding.source().line() > 0) {
                line.append(",line=").append(finding.source().line());
                if (finding.source().column() > 0) {
                    line.append(",col=").append(finding.source().column());
                }
            }
            line.append(",title=").append(escapeProperty(LogText.escape(finding.ruleId())));
            // The one line break meant to show is the one before the fix; any in the mesh's text is escaped.
            String message = finding.hint() == null
                    ? LogText.escape(finding.message())
                    : LogText.escape(finding.message()) + "\nFix: " + LogText.escape(finding.hint());
            line.append("::").append(escapeData(message));
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Appends the markdown summary to the file named by {@code GITHUB_STEP_SUMMARY}; other steps may have written
     * to it already, so it is never truncated.
     *
     * @return whether anything was written: false when not on GitHub Actions or no summary file is named
     */
    public boolean appendStepSummary(List<Finding> findings, FailOn failOn) throws IOException {
        String summaryFile = environment.get("GITHUB_STEP_SUMMARY");
        if (!onGitHubActions() || summaryFile == null || summaryFile.isBlank()) {
            return false;
        }
        Path file = Path.of(summaryFile);
        String markdown = new MarkdownSummary().render(findings, failOn);
        // Markdown glued to the end of another step's last line would merge into its paragraph or table.
        boolean needsSeparator = Files.exists(file) && Files.size(file) > 0;
        Files.writeString(
                file,
                (needsSeparator ? "\n" : "") + markdown,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return true;
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping of GitHub's toolkit ({@code escapeData}): a raw line break would end the command. */
    public static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of GitHub's toolkit ({@code escapeProperty}): {@code :} and {@code ,} delimit properties. */
    public static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
