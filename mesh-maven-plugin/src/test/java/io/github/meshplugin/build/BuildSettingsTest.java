package io.github.meshplugin.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settings' fingerprint: every setting that can change a build's outcome counts, and nothing else does. */
class BuildSettingsTest {

    private final BuildSettings defaults = BuildSettings.of(Path.of("mesh"));

    /** Settings that change how fast a build is, or what its log says of that, never what it concludes. */
    private static final Set<String> OUTCOME_NEUTRAL = Set.of("caching", "timings");

    @Test
    void everySettingIsInTheFingerprintButTheCacheAndTimings() {
        String fingerprint = defaults.fingerprint().toLowerCase(Locale.ROOT);
        for (RecordComponent group : BuildSettings.class.getRecordComponents()) {
            if (OUTCOME_NEUTRAL.contains(group.getName())) {
                continue;
            }
            RecordComponent[] settings = group.getType().getRecordComponents();
            for (RecordComponent setting : settings == null ? new RecordComponent[] {group} : settings) {
                if (!OUTCOME_NEUTRAL.contains(setting.getName())) {
                    assertThat(fingerprint)
                            .as("the fingerprint names %s.%s", group.getName(), setting.getName())
                            .contains(setting.getName().toLowerCase(Locale.ROOT) + "=");
                }
            }
        }
    }

    @Test
    void aChangedSettingChangesTheFingerprintAndTheCacheDoesNot() {
        assertThat(defaults.withBaseline("origin/main").fingerprint()).isNotEqualTo(defaults.fingerprint());
        assertThat(defaults.withSite(Path.of("site"), "Another name").fingerprint())
                .isNotEqualTo(defaults.withSite(Path.of("site"), "A name").fingerprint());
        assertThat(defaults.withPolicy(new BuildSettings.Policy(null, Map.of("MESH-SLA-001", "off"), List.of(), null))
                        .fingerprint())
                .isNotEqualTo(defaults.fingerprint());
        assertThat(defaults.withCache(Path.of("cache"), false).fingerprint()).isEqualTo(defaults.fingerprint());
        assertThat(defaults.withReporting(new BuildSettings.Reporting(null, "never", false, true))
                        .fingerprint())
                .isEqualTo(defaults.fingerprint());
    }

    @Test
    void severitiesCountByContentNotByTheOrderTheyWereGivenIn() {
        BuildSettings one =
                defaults.withPolicy(new BuildSettings.Policy(null, Map.of("A", "off", "B", "error"), List.of(), null));
        BuildSettings other =
                defaults.withPolicy(new BuildSettings.Policy(null, Map.of("B", "error", "A", "off"), List.of(), null));
        assertThat(one.fingerprint()).isEqualTo(other.fingerprint());
    }
}
