package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hwnas.search.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgLocationTest {
    @TempDir
    Path dir;

    @Test
    void urlCredentialsWinOverTheEnvironmentAndParametersPassThrough() throws Exception {
        PgLocation l = PgLocation.parse("postgresql://alice:s%40cret@db.example.org:6543/studies?sslmode=require&currentSchema=x",
                Map.of("PGUSER", "bob", "PGPASSWORD", "other"));
        assertThat(l.host()).isEqualTo("db.example.org");
        assertThat(l.port()).isEqualTo(6543);
        assertThat(l.database()).isEqualTo("studies");
        assertThat(l.user()).isEqualTo("alice");
        assertThat(l.password()).isEqualTo("s@cret");
        assertThat(l.params()).containsExactlyInAnyOrderEntriesOf(Map.of("sslmode", "require", "currentSchema", "x"));
        assertThat(l.properties("t").getProperty("sslmode")).isEqualTo("require");
        assertThat(l.properties("t").getProperty("password")).isEqualTo("s@cret");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/studies");
        assertThat(l.display()).isEqualTo("postgresql://db.example.org:6543/studies").doesNotContain("cret");
        assertThat(l.toString()).doesNotContain("cret");
    }

    @Test
    void credentialsFromTheEnvironmentAndTheDefaultPort() throws Exception {
        PgLocation l = PgLocation.parse("postgres://127.0.0.1/hw", Map.of("PGUSER", "bob", "PGPASSWORD", "pw"));
        assertThat(l.port()).isEqualTo(5432);
        assertThat(l.user()).isEqualTo("bob");
        assertThat(l.password()).isEqualTo("pw");
        assertThat(l.params()).isEmpty();
    }

    @Test
    void passwordFromThePgpassFileWhenNoneIsGiven() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "otherhost:5432:*:carol:nope\n127.0.0.1:5999:hw:carol:from-pgpass\n");
        String old = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            PgLocation l = PgLocation.parse("postgresql://carol@127.0.0.1:5999/hw", Map.of());
            assertThat(l.password()).isEqualTo("from-pgpass");
            assertThat(PgLocation.parse("postgresql://carol@127.0.0.1:5998/hw", Map.of()).password()).isNull();
        } finally {
            if (old == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", old);
            }
        }
    }

    @Test
    void badUrlsAreOneClearLineWithoutThePassword() {
        assertThatThrownBy(() -> PgLocation.parse("mysql://u:secret@h/db", Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessage("--storage: expected postgresql://[user[:password]@]host[:port]/database, got 'mysql://u:***@h/db'");
        assertThatThrownBy(() -> PgLocation.parse("postgresql:///db", Map.of()))
                .hasMessageContaining("names no host");
    }

    @Test
    void anUnreachableServerIsOneLineNamingIt() throws Exception {
        PgLocation l = PgLocation.parse("postgresql://u:pw@127.0.0.1:1/db", Map.of());
        assertThatThrownBy(() -> l.connect("test"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to postgresql://127.0.0.1:1/db: Connection to 127.0.0.1:1 refused")
                .hasMessageNotContaining("\n").hasMessageNotContaining("pw");
    }
}
