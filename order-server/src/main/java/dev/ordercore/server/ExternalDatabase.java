package dev.ordercore.server;

import java.util.Optional;

/**
 * An external PostgreSQL. The stores connect as {@code user}, a login member of
 * {@code ordercore_app}; when a migration user (the schema's owner) is given too, the server
 * migrates the schema as that user before it starts.
 */
record ExternalDatabase(String url, String user, String password, Optional<Credentials> migrator) {

    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    @Override
    public String toString() {
        return "ExternalDatabase[url=" + url + ", user=" + user + ", password=***, migrator=" + migrator + "]";
    }
}
