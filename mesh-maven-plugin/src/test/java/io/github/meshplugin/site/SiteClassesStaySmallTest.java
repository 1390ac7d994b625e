package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog's code stays readable in pieces: a page family, a picture or an output that grows past a few
 * hundred lines is split before it becomes the next class nobody can hold in their head.
 */
class SiteClassesStaySmallTest {

    private static final Path SITE = Path.of("src/main/java/io/github/meshplugin/site");
    private static final int MAX_LINES = 300;

    @Test
    void noClassOfTheSiteHasMoreThanThreeHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(SITE)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_LINES)
                    .map(file -> SITE.relativize(file) + " (" + lines(file) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(Files.isDirectory(SITE)).isTrue();
        assertThat(tooLong).as("classes of the site over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
