package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HrefsTest {

    /** The rule as the file-name mapping has always stated it. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,99}[a-z0-9_-])?");

    @Test
    void anIdIsItsOwnFileNameExactlyWhenTheRuleAllowsIt() {
        String alphabet = "az09._-A/ é";
        Random random = new Random(20261203);
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(i % 50 == 0 ? 104 : 6);
            StringBuilder id = new StringBuilder();
            for (int c = 0; c < length; c++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Hrefs.isSafe(id.toString()))
                    .as("'%s'", id)
                    .isEqualTo(SAFE.matcher(id).matches());
        }
    }

    @Test
    void unsafeAndReservedIdsAreMappedAndSafeOnesKept() {
        assertThat(Hrefs.fileName("sales.orders")).isEqualTo("sales.orders");
        assertThat(Hrefs.fileName("sales.")).startsWith("_sales.-");
        assertThat(Hrefs.fileName("Sales.Orders")).startsWith("_sales.orders-");
        assertThat(Hrefs.fileName("con")).startsWith("_con-");
        assertThat(Hrefs.fileName("com1.orders"))
                .as("reserved whatever follows the dot")
                .startsWith("_com1.orders-");
        assertThat(Hrefs.fileName("lpt9")).startsWith("_lpt9-");
        assertThat(Hrefs.fileName("aux.events")).startsWith("_aux.events-");
        assertThat(Hrefs.fileName("console"))
                .as("only starts like a reserved name")
                .isEqualTo("console");
        assertThat(Hrefs.fileName("com")).isEqualTo("com");
        assertThat(Hrefs.fileName("nul2.x")).isEqualTo("nul2.x");
        assertThat(Hrefs.fileName("a".repeat(101))).isEqualTo("a".repeat(101));
        assertThat(Hrefs.fileName("a".repeat(102))).startsWith("_" + "a".repeat(60) + "-");
    }
}
