package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplorerPagesTest {

    @Test
    void aDepthIsDrawnOnlyWhenItShowsMoreThanTheOneBefore() {
        assertThat(ExplorerPages.depths(0)).as("a product no other touches").containsExactly(1);
        assertThat(ExplorerPages.depths(1)).containsExactly(1);
        assertThat(ExplorerPages.depths(2)).containsExactly(1, 2);
        assertThat(ExplorerPages.depths(3)).containsExactly(1, 2, 3);
        assertThat(ExplorerPages.depths(4)).containsExactly(1, 2, 3, GraphPictures.ANY_DISTANCE);
        assertThat(ExplorerPages.depths(40)).containsExactly(1, 2, 3, GraphPictures.ANY_DISTANCE);
    }

    @Test
    void theLabelOfTheLastDepthSaysItIsTheWholeLineage() {
        assertThat(ExplorerPages.label(1, 3)).isEqualTo("1 hop");
        assertThat(ExplorerPages.label(2, 3)).isEqualTo("2 hops");
        assertThat(ExplorerPages.label(3, 3)).isEqualTo("3 hops (all)");
        assertThat(ExplorerPages.label(1, 0)).isEqualTo("1 hop (all)");
        assertThat(ExplorerPages.label(GraphPictures.ANY_DISTANCE, 7)).isEqualTo("All 7 hops");
    }
}
