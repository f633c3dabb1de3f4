package dev.ordercore.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The server's own files: the embedded database, the generated JWT secret, the database
 * password and the first admin token. Secrets are written owner-only (0600) and never overwritten.
 */
final class DataDirectory {

    static final String POSTGRES = "postgres";
    static final String JWT_SECRET = "jwt-hs256.key";
    static final String DATABASE_PASSWORD = "postgres-app.password";
    static final String SUPERUSER_PASSWORD = "postgres-superuser.password";
    static final String ADMIN_TOKEN = "admin.token";

    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** The directory, created owner-only if missing. */
    static DataDirectory open(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(absolute)) {
                Files.createDirectories(absolute, ownerOnly(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + absolute, e);
        }
        return new DataDirectory(absolute);
    }

    /** The data directory as it is, without creating anything (for the token command). */
    static DataDirectory existing(Path root) {
        return new DataDirectory(root.toAbsolutePath().normalize());
    }

    Path root() {
        return root;
    }

    Path file(String name) {
        return root.resolve(name);
    }

    /** The generated HS256 secret: read if present, else created. */
    byte[] jwtSecret() {
        return Base64.getDecoder().decode(readOrCreate(JWT_SECRET, () -> Base64.getEncoder().encodeToString(randomBytes())).trim());
    }

    /** The generated HS256 secret if the server has made one. */
    Optional<byte[]> existingJwtSecret() {
        Path file = file(JWT_SECRET);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Base64.getDecoder().decode(read(file).trim()));
    }

    /** The password of the embedded database's login role: read if present, else created. */
    String databasePassword() {
        return password(DATABASE_PASSWORD);
    }

    /** The password of the embedded cluster's superuser: read if present, else created. */
    String superuserPassword() {
        return password(SUPERUSER_PASSWORD);
    }

    private String password(String name) {
        return readOrCreate(name, () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes())).trim();
    }

    /** Writes {@code content} to a new owner-only file; false when the file exists already (it is left as it is). */
    boolean writeIfAbsent(String name, String content) {
        Path target = file(name);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Path temp = Files.createTempFile(root, "." + name, ".tmp", ownerOnly(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private String readOrCreate(String name, java.util.function.Supplier<String> content) {
        Path target = file(name);
        if (!Files.exists(target)) {
            writeIfAbsent(name, content.get() + "\n");
        }
        return read(target);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }
}
