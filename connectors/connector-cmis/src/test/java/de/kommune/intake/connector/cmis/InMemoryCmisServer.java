package de.kommune.intake.connector.cmis;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.webapp.WebAppContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenCMIS InMemory server (the real server WAR from Maven Central) in embedded Jetty 9.4 on 127.0.0.1 and a
 * random port. {@link #disconnect()} closes the port while the repository keeps its content, as when the DMS host
 * becomes unreachable; {@link #reconnect()} opens the same port again. Public (test-jar) for the pipeline's
 * outage test; needs the system property {@code inmemory.war}.
 */
public final class InMemoryCmisServer implements AutoCloseable {

    public static final String REPOSITORY_ID = "A1";
    public static final String USER = "dummyuser";
    /** Set for the test JVM by the surefire configuration, so the tests can use {@code password-env}. */
    public static final String PASSWORD_ENV = "INTAKE_CMIS_TEST_PASSWORD";

    private final Server server;
    private final ServerConnector connector;
    private int port;

    private InMemoryCmisServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static InMemoryCmisServer start() throws Exception {
        String war = System.getProperty("inmemory.war");
        if (war == null || !Files.isRegularFile(Path.of(war))) {
            throw new IllegalStateException("InMemory server WAR not found at " + war
                    + "; run the tests through Maven (generate-test-resources copies it)");
        }
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        // An upload the client abandons half-way (a failing content source) must not hold a thread for long.
        connector.setIdleTimeout(5_000);
        server.addConnector(connector);

        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/inmemory");
        webapp.setWar(war);
        webapp.setDescriptor(InMemoryCmisServer.class.getResource("/inmemory-web.xml").toExternalForm());
        webapp.setInitParameter("org.apache.chemistry.opencmis.REPOSITORY_CONFIG_FILE",
                "/intake-inmemory-repository.properties");
        // Unpack once into target/ and reuse it; scan no jar for annotations or fragments (the WAR needs none).
        Path unpacked = Path.of(war).resolveSibling("unpacked");
        Files.createDirectories(unpacked);
        webapp.setTempDirectory(unpacked.toFile());
        webapp.setPersistTempDirectory(true);
        webapp.setAttribute("org.eclipse.jetty.server.webapp.WebInfIncludeJarPattern", "^$");
        webapp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", "^$");
        // The WAR sees the JDK, the servlet API and Jetty, nothing else of the host's class path: in the pipeline's
        // tests that class path holds Spring Boot and a newer Log4j API, which the WAR's Log4j 2.6 would pick up.
        webapp.setClassLoader(new org.eclipse.jetty.webapp.WebAppClassLoader(servletOnly(), webapp));
        server.setHandler(webapp);
        server.setStopTimeout(1_000);
        server.start();
        if (webapp.getUnavailableException() != null) {
            server.stop();
            throw new IllegalStateException("the InMemory WAR did not start", webapp.getUnavailableException());
        }
        InMemoryCmisServer started = new InMemoryCmisServer(server, connector);
        started.port = connector.getLocalPort();
        return started;
    }

    private static ClassLoader servletOnly() {
        ClassLoader host = InMemoryCmisServer.class.getClassLoader();
        return new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("javax.servlet.") || name.startsWith("org.eclipse.jetty.")) {
                    return host.loadClass(name);
                }
                return super.loadClass(name, resolve);
            }

            /** The repository configuration comes from the test resources; service and plug-in files do not. */
            @Override
            protected java.net.URL findResource(String name) {
                return name.startsWith("META-INF/") ? null : host.getResource(name);
            }

            @Override
            protected java.util.Enumeration<java.net.URL> findResources(String name) throws java.io.IOException {
                return name.startsWith("META-INF/") ? java.util.Collections.emptyEnumeration() : host.getResources(name);
            }
        };
    }

    public String browserUrl() {
        return "http://127.0.0.1:" + port + "/inmemory/browser";
    }

    public String atomPubUrl() {
        return "http://127.0.0.1:" + port + "/inmemory/atom11";
    }

    public int port() {
        return port;
    }

    /** Closes the listening port; the web application and its repository keep running. */
    public void disconnect() throws Exception {
        connector.stop();
    }

    /** Listens on the same port again. */
    public void reconnect() throws Exception {
        connector.setPort(port);
        connector.start();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
