package io.github.meshplugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a build's inputs the same as last time: every file's path and content, never its timestamp. */
class UpToDateTest {

    @TempDir
    Path mesh;

    private String fingerprint() throws IOException {
        return UpToDate.fingerprint(List.of(mesh.resolve("domains"), mesh.resolve("mesh-rules.yaml")), "settings");
    }

    @Test
    void aFileWhoseContentChangesButNotItsSizeOrTimeChangesTheFingerprint() throws IOException {
        Path contract = mesh.resolve("domains/shop/orders/orders.odcs.yaml");
        Files.createDirectories(contract.getParent());
        Files.writeString(contract, "version: 1.0.0\n");
        var modified = Files.getLastModifiedTime(contract);
        String before = fingerprint();
        assertThat(fingerprint()).as("nothing changed").isEqualTo(before);

        Files.writeString(contract, "version: 2.0.0\n");
        Files.setLastModifiedTime(contract, modified);

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aNewFileOrARenamedOneChangesTheFingerprintButATouchedOneDoesNot() throws IOException {
        Path readme = mesh.resolve("domains/shop/orders/README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, "# Orders\n");
        String before = fingerprint();

        Files.setLastModifiedTime(readme, FileTime.fromMillis(0));
        assertThat(fingerprint()).as("touched").isEqualTo(before);

        Files.move(readme, readme.resolveSibling("readme.md"));
        assertThat(fingerprint()).as("renamed").isNotEqualTo(before);
        Files.writeString(readme, "# Orders\n");
        assertThat(fingerprint()).as("added").isNotEqualTo(before);
    }

    @Test
    void aLinkedFileCountsWithItsTargetsContent() throws IOException {
        Path shared = mesh.resolve("shared.yaml");
        Files.writeString(shared, "owner: team-a\n");
        Path folder = Files.createDirectories(mesh.resolve("domains/shop"));
        Files.createSymbolicLink(folder.resolve("owner.yaml"), shared);
        String before = fingerprint();

        Files.writeString(shared, "owner: team-b\n");

        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aListingTellsAFileThatChangedSize() throws IOException {
        Path page = mesh.resolve("site/index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<p>catalog</p>");
        String before = UpToDate.listing(mesh.resolve("site"));

        Files.writeString(page, "<p>edited catalog</p>");

        assertThat(UpToDate.listing(mesh.resolve("site"))).isNotEqualTo(before);
        assertThat(UpToDate.listing(mesh.resolve("no-site"))).isEmpty();
    }

    @Test
    void anUnreadableFileCountsAsUnreadableInsteadOfStoppingTheBuild() throws IOException {
        Path readme = mesh.resolve("domains/shop/orders/README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, "# Orders\n");
        List<Path> inputs = List.of(mesh.resolve("domains"));
        // Tests run as root, whom chmod 000 does not stop: the seam fails the read the way it fails for others.
        UpToDate.Contents denied = file -> {
            if (file.equals(readme)) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        };

        String unreadable = UpToDate.fingerprint(inputs, "settings", denied);

        assertThat(UpToDate.fingerprint(inputs, "settings", denied)).isEqualTo(unreadable);
        assertThat(UpToDate.fingerprint(inputs, "settings"))
                .as("readable again")
                .isNotEqualTo(unreadable);
    }
}
