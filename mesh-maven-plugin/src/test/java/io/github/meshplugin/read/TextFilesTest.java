package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the operating system refuses to read gives a finding, not an exception. Permissions cannot make a file
 * unreadable for root (the CI user), so the refusal here is a folder where a file was expected.
 */
class TextFilesTest {

    @Test
    void aFileThatCannotBeReadIsAFindingWithItsPath(@TempDir Path temp) throws IOException {
        Path notAFile = Files.createDirectory(temp.resolve("contract.odcs.yaml"));
        List<Finding> findings = new ArrayList<>();

        assertThat(new TextFiles(1_000_000).read(notAFile, "domains/d/p/contract.odcs.yaml", findings))
                .isEmpty();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MESH-FILE-001");
            assertThat(finding.source().file()).isEqualTo("domains/d/p/contract.odcs.yaml");
            assertThat(finding.message())
                    .isEqualTo("`domains/d/p/contract.odcs.yaml` is a folder, not a regular file; it was not read");
        });
    }
}
