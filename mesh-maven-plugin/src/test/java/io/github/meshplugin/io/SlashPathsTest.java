package io.github.meshplugin.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SlashPathsTest {

    @Test
    void aPathIsNamedAsRelativizeNamesIt() {
        Path root = Path.of("mesh", "domains");
        for (Path file : new Path[] {
            root,
            root.resolve("sales"),
            root.resolve("sales").resolve("orders").resolve("orders.odps.yaml"),
            Path.of("mesh", "domains-old", "x.yaml"),
            Path.of("mesh", "teams", "a.yaml"),
            Path.of("elsewhere")
        }) {
            assertThat(SlashPaths.relative(root, file))
                    .as("%s", file)
                    .isEqualTo(root.relativize(file).toString().replace(File.separatorChar, '/'));
        }
        assertThat(SlashPaths.relative(root, root.resolve("sales").resolve("orders")))
                .isEqualTo("sales/orders");
        assertThat(SlashPaths.relative(Path.of("/"), Path.of("/srv/site"))).isEqualTo("srv/site");
        assertThat(SlashPaths.relative(Path.of(""), Path.of("a", "b"))).isEqualTo("a/b");
    }
}
