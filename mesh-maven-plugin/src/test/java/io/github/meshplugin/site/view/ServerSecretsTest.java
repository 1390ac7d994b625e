package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.model.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerSecretsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "password | hunter2",
                "customProperties.dbPassword | hunter2",
                "pwd | hunter2",
                "api_key | k-123",
                "apiKey | k-123",
                "accessToken | t-123",
                "client-secret | s-123",
                "credentials.json | {}",
                "privateKey | abc",
                "sasToken | sv=2020",
                "roles[0].authToken | t",
                "connectionString | Server=db;Database=x",
                "key | abc"
            })
    void aSettingNamedLikeASecretIsHiddenWhole(String key, String value) {
        assertThat(ServerSecrets.hide(new Server.Setting(key, value))).isEqualTo(ServerSecrets.HIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "host | orders-db.internal.example.com",
                "port | 5432",
                "database | ANALYTICS",
                "compassHeading | north",
                "keyspace | orders",
                "location | s3://bucket/orders/"
            })
    void anOrdinarySettingIsShownAsWritten(String key, String value) {
        assertThat(ServerSecrets.hide(new Server.Setting(key, value))).isEqualTo(value);
    }

    @Test
    void theUserAndPasswordOfAConnectionUrlAreHiddenAndTheRestStaysReadable() {
        assertThat(ServerSecrets.hide(
                        new Server.Setting("url", "postgresql://report:s3cret@orders-db:5432/sales?ssl=true")))
                .isEqualTo("postgresql://" + ServerSecrets.HIDDEN + "@orders-db:5432/sales?ssl=true");
    }

    @Test
    void aUserAndPasswordBeforeAHostAreHiddenWithoutAScheme() {
        assertThat(ServerSecrets.hideInside("read as report:pw-123@orders-db, mail ops@example.com"))
                .isEqualTo("read as " + ServerSecrets.HIDDEN + "@orders-db, mail ops@example.com");
    }

    @Test
    void theSecretPartsOfAConnectionStringAreHidden() {
        String hidden = ServerSecrets.hide(new Server.Setting(
                "odbc", "Server=tcp:db.example.net;Database=sales;User Id=report;Password=s3cret;AccountKey=abc=="));

        assertThat(hidden)
                .contains("Server=tcp:db.example.net", "Database=sales", "Password=" + ServerSecrets.HIDDEN)
                .doesNotContain("s3cret", "abc==");
    }

    @Test
    void privateKeysAndCloudAccessKeyIdsAreHiddenWherever() {
        assertThat(ServerSecrets.hideInside("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isEqualTo(ServerSecrets.HIDDEN);
        assertThat(ServerSecrets.hideInside("read with AKIAIOSFODNN7EXAMPLE in eu-west-1"))
                .isEqualTo("read with " + ServerSecrets.HIDDEN + " in eu-west-1");
    }
}
