package io.github.meshplugin.report;

import io.github.meshplugin.result.MeshResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes every CI report into one folder. A CI job that reads a report mid-write, or after a crash, must never
 * see a truncated file (a truncated JUnit XML fails the upload step; a truncated SARIF is rejected), so each file
 * is written beside its final name and renamed into place. All reports are rendered before the first is written,
 * so a rendering failure leaves the previous set untouched rather than half-replaced.
 */
public final class ReportWriter {

    /** Named {@code TEST-*.xml} so the Surefire-style globs CI report steps use by default pick it up. */
    public static final String JUNIT_FILE = "TEST-mesh.xml";

    public static final String SARIF_FILE = "mesh.sarif";
    public static final String FINDINGS_FILE = "findings.json";
    public static final String SUMMARY_FILE = "summary.md";

    /**
     * @param folder     created if missing
     * @param pathPrefix the mesh root's path inside the repository ({@code ""} or ending in {@code /})
     * @return the files written, in a fixed order
     */
    public List<Path> write(Path folder, MeshResult result, FailOn failOn, String pathPrefix) throws IOException {
        Map<String, byte[]> reports = new LinkedHashMap<>();
        reports.put(JUNIT_FILE, new JUnitXmlReport().write(result, failOn));
        reports.put(SARIF_FILE, new SarifReport().write(result, pathPrefix));
        reports.put(FINDINGS_FILE, new JsonFindingsReport().write(result.findings()));
        reports.put(
                SUMMARY_FILE,
                new MarkdownSummary().render(result.findings(), failOn).getBytes(StandardCharsets.UTF_8));

        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> report : reports.entrySet()) {
            written.add(replace(folder.resolve(report.getKey()), report.getValue()));
        }
        return written;
    }

    /**
     * The temporary file is in the same folder because a rename is only atomic within one file system; its
     * {@code .tmp} suffix keeps it out of {@code TEST-*.xml} globs should the process die before the rename. It
     * is not made with {@code Files.createTempFile}, whose owner-only permissions the report would keep after
     * the rename, hiding it from a CI agent or web server running as another user.
     */
    private static Path replace(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException unusualFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
