package io.github.meshplugin.graph.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCacheTest {

    @TempDir
    Path work;

    private final LayeredLayout layouter = new LayeredLayout();
    private final Diagram diagram = LayeredLayoutTest.threeDomains();

    private Path file() {
        return work.resolve("cache").resolve("kept-layouts");
    }

    /** What the stores told of files they could not read or write. */
    private final List<String> trouble = new ArrayList<>();

    private LayoutCache open(Path file) {
        return LayoutCache.open(file, "plugin 1", true, trouble::add);
    }

    /** The same diagram with one box wider, as when a product is renamed. */
    private Diagram withWiderNode() {
        List<Diagram.Node> nodes = new ArrayList<>(diagram.nodes());
        Diagram.Node first = nodes.get(0);
        nodes.set(0, new Diagram.Node(first.id(), first.clusterId(), first.width() + 60, first.height()));
        return new Diagram(diagram.clusters(), nodes, diagram.edges());
    }

    private void keep(Diagram... diagrams) throws IOException {
        LayoutCache cache = open(file());
        for (Diagram each : diagrams) {
            cache.layout(each, layouter);
        }
        cache.save(true);
    }

    @Test
    void aKeptLayoutIsTheOneAFreshRunMakes() throws IOException {
        keep(diagram);

        LayoutCache next = open(file());
        Layout kept = next.layout(diagram, layouter);

        assertThat(next.stats()).isEqualTo(new LayoutCache.Stats(1, 0));
        assertThat(kept).isEqualTo(layouter.layout(diagram));
    }

    @Test
    void aBuildThatLeftPagesAsTheyWereKeepsTheirLayoutsAndAFullOneDropsTheUnused() throws IOException {
        Diagram other = withWiderNode();
        keep(diagram, other);

        LayoutCache partial = open(file());
        partial.layout(diagram, layouter);
        assertThat(partial.save(false)).as("nothing new to keep").isFalse();
        LayoutCache afterPartial = open(file());
        afterPartial.layout(other, layouter);
        assertThat(afterPartial.stats()).isEqualTo(new LayoutCache.Stats(1, 0));

        LayoutCache full = open(file());
        full.layout(diagram, layouter);
        assertThat(full.save(true)).isTrue();
        LayoutCache afterFull = open(file());
        afterFull.layout(other, layouter);
        assertThat(afterFull.stats()).isEqualTo(new LayoutCache.Stats(0, 1));
    }

    @Test
    void aChangedDiagramIsLaidOutAgain() throws IOException {
        keep(diagram);
        Diagram changed = withWiderNode();

        LayoutCache next = open(file());
        Layout layout = next.layout(changed, layouter);

        assertThat(next.stats()).isEqualTo(new LayoutCache.Stats(0, 1));
        assertThat(layout).isEqualTo(layouter.layout(changed)).isNotEqualTo(layouter.layout(diagram));
    }

    @Test
    void anotherRoutingIsLaidOutAgain() throws IOException {
        keep(diagram);
        LayeredLayout straight = new LayeredLayout(LayeredLayout.Routing.POLYLINE);

        LayoutCache next = open(file());
        Layout layout = next.layout(diagram, straight);

        assertThat(next.stats().misses()).isEqualTo(1);
        assertThat(layout).isEqualTo(straight.layout(diagram));
    }

    @Test
    void aDamagedOrCutShortFileCountsAsEmptyAndIsWrittenAgain() throws IOException {
        keep(diagram);
        byte[] whole = Files.readAllBytes(file());
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(Arrays.copyOf(whole, whole.length / 2));
        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x5a;
        damaged.add(flipped);
        damaged.add("not a layout cache".getBytes());
        damaged.add(new byte[0]);

        for (byte[] bytes : damaged) {
            Files.write(file(), bytes);
            LayoutCache cache = open(file());
            assertThat(cache.layout(diagram, layouter)).isEqualTo(layouter.layout(diagram));
            assertThat(cache.stats()).isEqualTo(new LayoutCache.Stats(0, 1));
            assertThat(cache.save(true)).isTrue();
            LayoutCache repaired = open(file());
            repaired.layout(diagram, layouter);
            assertThat(repaired.stats()).isEqualTo(new LayoutCache.Stats(1, 0));
        }
    }

    @Test
    void aFolderThatDoesNotExistYetIsMadeAndNoTemporaryFileStays() throws IOException {
        keep(diagram);

        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept-layouts");
        }
    }

    @Test
    void layoutsNoPictureAskedForAreDroppedOnWrite() throws IOException {
        Diagram other = withWiderNode();
        keep(diagram, other);

        keep(diagram);

        LayoutCache third = open(file());
        third.layout(other, layouter);
        third.layout(diagram, layouter);
        assertThat(third.stats()).isEqualTo(new LayoutCache.Stats(1, 1));
    }

    @Test
    void aBuildThatLaidNothingOutLeavesTheFileAlone() throws IOException {
        keep(diagram);

        LayoutCache next = open(file());
        next.layout(diagram, layouter);

        assertThat(next.save(true)).isFalse();
    }

    @Test
    void theLayoutsOfAnotherPluginAreNotUsed() throws IOException {
        keep(diagram);

        LayoutCache next = LayoutCache.open(file(), "plugin 2", true, trouble::add);
        next.layout(diagram, layouter);

        assertThat(next.stats()).isEqualTo(new LayoutCache.Stats(0, 1));
        assertThat(trouble).as("another plugin's file is no trouble").isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsToldAndCostsNothingElse() throws IOException {
        Files.writeString(work.resolve("not-a-folder"), "a file where the cache folder should be");
        LayoutCache cache = open(work.resolve("not-a-folder").resolve("kept-layouts"));

        assertThat(cache.layout(diagram, layouter)).isEqualTo(layouter.layout(diagram));
        assertThat(cache.save(true)).isFalse();
        assertThat(trouble).hasSize(1);
    }

    @Test
    void withoutAFileEverythingIsLaidOut() {
        LayoutCache cache = open(work.resolve("missing"));

        assertThat(cache.layout(diagram, layouter)).isEqualTo(layouter.layout(diagram));
        assertThat(cache.layout(diagram, layouter)).isEqualTo(layouter.layout(diagram));
        assertThat(cache.stats()).isEqualTo(new LayoutCache.Stats(1, 1));
    }
}
