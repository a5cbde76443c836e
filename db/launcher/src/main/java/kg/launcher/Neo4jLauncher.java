package kg.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded and exposes it over Bolt on 127.0.0.1.
 *
 * Usage: Neo4jLauncher --port 7687 --data ./.neo4j/dev [--pagecache 256m]
 * (KG_NEO4J_PORT, KG_NEO4J_DATA and KG_NEO4J_PAGECACHE are read when an argument is absent;
 * the heap is set on the java command line by whoever starts this.)
 *
 * Prints exactly one line starting with "READY " once Bolt accepts queries, so a parent process
 * can wait for it, and shuts the database down cleanly on SIGTERM or SIGINT.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        int port = parsePort(option(args, "--port", "KG_NEO4J_PORT", "7687"));
        Path data = Path.of(option(args, "--data", "KG_NEO4J_DATA", ".neo4j/dev")).toAbsolutePath();
        String pageCache = option(args, "--pagecache", "KG_NEO4J_PAGECACHE", "256m");
        Files.createDirectories(data);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // The routing table a neo4j:// client asks for lists this address; Neo4j's default
                // (localhost:7687) would send such clients to whatever listens on the default port.
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only, so no credentials; remote deployments use a real Neo4j with auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING neo4j on port " + port);
            service.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // The default database starts asynchronously; answering RETURN 1 proves it is usable.
        db.executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port + " data=" + data);
        System.out.flush();
        stopped.await();
    }

    private static String option(String[] args, String flag, String envName, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        String fromEnv = System.getenv(envName);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // Falls through to the error below, which echoes the bad value.
        }
        System.err.println("--port must be an integer from 1 to 65535, but got: " + value);
        System.exit(2);
        return -1;
    }
}
