package io.github.meshplugin.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.finding.Finding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Findings about the shape of a file speak of the file, at a position, never of the parser's classes. */
class ParserWordsTest {

    private static final String FILE = "domains/d/p/c.odcs.yaml";

    private static List<Finding> read(String yaml) {
        List<Finding> findings = new ArrayList<>();
        new YamlTreeReader(1_000_000).read(yaml, FILE, findings);
        return findings;
    }

    @Test
    void tenThousandLevelsOfNestingAreAFindingInPlainWordsAtALine() {
        List<Finding> findings = read("id: x\nschema: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MESH-YAML-001");
            assertThat(finding.source().line()).isEqualTo(2);
            assertThat(finding.message())
                    .contains("nested more than 100 levels deep")
                    .doesNotContain("StreamReadConstraints", "snakeyaml", "Exception");
        });
    }

    @Test
    void aKeyThatIsAListIsReportedAsUnsupportedAtItsLine() {
        List<Finding> findings = read("id: x\n? [a, b]\n: value\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.source().line()).isEqualTo(2);
            assertThat(finding.message())
                    .contains("a key that is a list or map is not supported")
                    .doesNotContain("Event", "snakeyaml", "syntax error");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void aFileWithAByteOrderMarkForUtf16Or32IsRead(String encoding, @TempDir Path temp) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] text = "\uFEFFid: caf\u00e9\n".getBytes(charset);
        Path file = Files.write(temp.resolve("c.odcs.yaml"), text);
        List<Finding> findings = new ArrayList<>();

        assertThat(new TextFiles(1_000_000).read(file, FILE, findings)).contains("id: caf\u00e9\n");
        assertThat(findings).isEmpty();
    }

    @Test
    void aUtf16FileThatDoesNotDecodeIsReportedAsUtf16NotBinary(@TempDir Path temp) throws IOException {
        byte[] text = "\uFEFFid: x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] broken = new byte[text.length + 2];
        System.arraycopy(text, 0, broken, 0, text.length);
        broken[text.length] = 0x00;
        broken[text.length + 1] = (byte) 0xDC; // a lone low surrogate
        Path file = Files.write(temp.resolve("c.odcs.yaml"), broken);
        List<Finding> findings = new ArrayList<>();

        assertThat(new TextFiles(1_000_000).read(file, FILE, findings)).isEmpty();
        assertThat(findings)
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("UTF-16LE encoded")
                        .doesNotContain("binary"));
    }
}
