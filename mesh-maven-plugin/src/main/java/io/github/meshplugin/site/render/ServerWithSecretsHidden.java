package io.github.meshplugin.site.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.meshplugin.model.Server;
import io.github.meshplugin.site.view.ServerSecrets;
import java.io.IOException;

/** Servers as data, with their secrets always hidden: files for machines are copied around more freely. */
final class ServerWithSecretsHidden extends StdSerializer<Server> {

    ServerWithSecretsHidden() {
        super(Server.class);
    }

    @Override
    public void serialize(Server server, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        // Like every other object of the file, a server leaves out what it does not declare.
        optional(json, "server", ServerSecrets.hideInside(server.server()));
        optional(json, "type", server.type());
        optional(json, "environment", server.environment());
        optional(json, "description", ServerSecrets.hideInside(server.description()));
        json.writeArrayFieldStart("settings");
        for (Server.Setting setting : server.settings()) {
            json.writeStartObject();
            json.writeStringField("key", setting.key());
            json.writeStringField("value", ServerSecrets.hide(setting));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }
}
