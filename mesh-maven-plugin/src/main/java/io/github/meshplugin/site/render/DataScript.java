package io.github.meshplugin.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.meshplugin.site.view.SecretFormats;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Data for the site's scripts as a script that hands it to a function ({@code call(data);}): a page opened from a
 * folder on disk may load scripts but not fetch files. Non-ASCII is escaped, so no user text can end the script or
 * the line; credentials in the mesh's text are hidden as on the pages.
 */
final class DataScript {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private DataScript() {}

    /** {@code call} (a function name and its opening parenthesis, with any leading arguments), the data, then {@code );}. */
    static byte[] of(String call, Object data) {
        try {
            return SecretFormats.hide((call + JSON.writeValueAsString(data) + ");\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
