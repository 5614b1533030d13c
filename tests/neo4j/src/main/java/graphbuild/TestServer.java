package graphbuild;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import picocli.CommandLine;

/**
 * A throw-away Neo4j Community server for integration tests.
 *
 * <p>Runs an embedded Neo4j DBMS (the same kernel, Cypher and Bolt code as the
 * Neo4j Community distribution) with:
 * <ul>
 *   <li>Bolt bound to 127.0.0.1 only (port from {@code --port}, or a free one);</li>
 *   <li>no HTTP/HTTPS connector (the embedded DBMS never starts one);</li>
 *   <li>authentication enabled; user {@code neo4j} gets the password from the
 *       environment variable {@code NEO4J_TEST_PASSWORD} (or a generated one),
 *       with no password change required;</li>
 *   <li>all data in a temporary home directory that is deleted on shutdown.</li>
 * </ul>
 *
 * <p>Prints {@code NEO4J_TEST_SERVER_READY bolt://127.0.0.1:PORT pid=PID} on stdout once
 * Bolt accepts authenticated connections, then runs until the JVM is told to
 * stop (SIGTERM/SIGINT run a shutdown hook that stops the DBMS cleanly and
 * deletes the data).
 *
 * <p>Usage: {@code TestServer [--port N] [--home DIR] [--logs DIR] [--keep-home]}
 */
public final class TestServer {
    static final String READY = "NEO4J_TEST_SERVER_READY";
    static final String HOST = "127.0.0.1";
    /** Page cache in MiB (NEO4J_TEST_PAGECACHE_MB): a cache smaller than the store makes every load page. */
    static final long PAGECACHE_MB = Long.parseLong(System.getenv().getOrDefault("NEO4J_TEST_PAGECACHE_MB", "256"));

    private TestServer() {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path home = null;
        Path logs = null;
        boolean keepHome = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                case "--logs" -> logs = Path.of(args[++i]).toAbsolutePath();
                case "--keep-home" -> keepHome = true;
                default -> {
                    System.err.println("usage: TestServer [--port N] [--home DIR] [--logs DIR] [--keep-home]");
                    System.exit(2);
                }
            }
        }

        String password = System.getenv("NEO4J_TEST_PASSWORD");
        boolean generated = password == null || password.isEmpty();
        if (generated) {
            password = randomPassword();
        }
        if (password.length() < 8) {
            fail("NEO4J_TEST_PASSWORD must be at least 8 characters (Neo4j's minimum)");
        }

        if (home == null) {
            home = Files.createTempDirectory("graphbuild-neo4j-");
        } else {
            Files.createDirectories(home);
            try (var entries = Files.list(home)) {
                if (entries.findAny().isPresent()) {
                    fail("--home " + home + " is not empty; refusing to reuse old data");
                }
            }
        }
        if (logs == null) {
            logs = home.resolve("logs");
        }
        final Path homeDir = home;
        final boolean deleteHome = !keepHome;

        // Write the initial password into data/dbms/auth.ini before the DBMS starts
        // (what `neo4j-admin dbms set-initial-password` does), so Bolt never
        // accepts the default neo4j/neo4j credentials, not even briefly.
        setInitialPassword(homeDir, password);

        DatabaseManagementService dbms = null;
        int boundPort = -1;
        boolean autoPort = port == 0;
        for (int attempt = 1; dbms == null; attempt++) {
            int tryPort = autoPort ? freePort() : port;
            try {
                dbms = build(homeDir, logs, tryPort);
                boundPort = tryPort;
            } catch (RuntimeException e) {
                // A free port picked above may be taken by someone else before Neo4j binds it.
                if (autoPort && attempt < 5 && hasCause(e, BindException.class)) {
                    System.err.println("port " + tryPort + " was taken, retrying with another one");
                    continue;
                }
                deleteQuietly(homeDir, deleteHome);
                throw e;
            }
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_TEST_SERVER_STOPPING");
            try {
                running.shutdown();
            } catch (Throwable t) {
                t.printStackTrace();
            }
            deleteQuietly(homeDir, deleteHome);
            System.out.println("NEO4J_TEST_SERVER_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "test-server-shutdown"));

        checkPasswordState(running.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);

        PrintStream out = System.out;
        out.println("neo4j home (deleted on stop): " + homeDir + (deleteHome ? "" : " [kept]"));
        out.println("neo4j logs: " + logs);
        if (generated) {
            out.println("generated password for user neo4j: " + password);
        }
        out.println(READY + " bolt://" + HOST + ":" + boundPort + " pid=" + ProcessHandle.current().pid());
        out.flush();

        stopped.await();
    }

    private static DatabaseManagementService build(Path home, Path logs, int port) {
        SocketAddress bolt = new SocketAddress(HOST, port);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.of(
                        GraphDatabaseSettings.auth_enabled, true,
                        GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST),
                        GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST),
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, bolt,
                        BoltConnector.advertised_address, bolt,
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED))
                .setConfig(Map.of(
                        GraphDatabaseSettings.logs_directory, logs,
                        GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(PAGECACHE_MB),
                        GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(256),
                        // Small, non-preallocated transaction logs: the default preallocates 256 MiB files.
                        GraphDatabaseSettings.preallocate_logical_logs, false,
                        GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16),
                        // keep two log files, not the default two days of them (GBs after a benchmark)
                        GraphDatabaseSettings.keep_logical_logs, "2 files",
                        GraphDatabaseSettings.udc_enabled, false,
                        GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2)))
                // Bolt waits 2 x 5 s for connections/threads on shutdown by default; a test server need not.
                .setConfig(Map.of(
                        BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1),
                        BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1),
                        GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0,
                        GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2)))
                .build();
    }

    private static void setInitialPassword(Path home, String password) {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        var ctx = new ExecutionContext(home, home.resolve("conf"), quiet, System.err,
                new org.neo4j.io.fs.DefaultFileSystemAbstraction());
        int rc = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
        if (rc != 0) {
            fail("setting the initial password failed (exit code " + rc + ")");
        }
    }

    /** Belt and braces: make sure neo4j has our password and no forced change. */
    private static void checkPasswordState(GraphDatabaseService system, String password) {
        boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired",
                Map.of(),
                r -> r.hasNext() ? (Boolean) r.next().get("passwordChangeRequired") : Boolean.TRUE);
        if (changeRequired) {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom rnd = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path dir, boolean really) {
        if (!really || dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    private static void fail(String msg) {
        System.err.println("TestServer: " + msg);
        System.exit(1);
    }
}
