package org.hwnas.corelibs.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStart;
import org.openide.util.Lookup;

/**
 * Start-up self check of the library wrapper, used by {@code scripts/app-smoke.sh}.
 *
 * <p>Run with {@code -J-Dhwnas.selfcheck=iface1,iface2,...}: for each service interface (a class bundled
 * in this wrapper, e.g. {@code com.fasterxml.jackson.core.JsonFactory} or an {@code org.hwnas.*.spi} type
 * registered in a core jar's {@code META-INF/services}) it logs the implementations found by
 * {@code Lookup.getDefault().lookupAll(...)}, one INFO line each:
 * {@code hwnas.selfcheck OK <iface> -> [impl, ...]}, or a WARNING
 * {@code hwnas.selfcheck FAILED <iface>: ...} when none is found. Without the property it does nothing.
 *
 * <p>With {@code -J-Dhwnas.selfcheck.jdbc=<url>} (e.g. {@code jdbc:sqlite::memory:}) it also opens a JDBC
 * connection through {@code DriverManager} from this module's code, i.e. the way the bundled core jars
 * (the search module's SQLite trial store) do, and logs {@code hwnas.selfcheck OK jdbc <url>} or
 * {@code hwnas.selfcheck FAILED jdbc <url>: ...}: JDBC drivers found through ServiceLoader are a known
 * trouble spot inside module class loaders (NETBEANS-PITFALLS, third-party libraries).
 */
@OnStart
public final class StartupSelfCheck implements Runnable {

    /** System property naming the service interfaces to check, comma separated. */
    public static final String PROPERTY = "hwnas.selfcheck"; // NOI18N
    /** System property naming a JDBC URL to open. */
    public static final String JDBC_PROPERTY = "hwnas.selfcheck.jdbc"; // NOI18N
    /** System property: when true, start DJL's PyTorch engine from module code. */
    public static final String DJL_PROPERTY = "hwnas.selfcheck.djl"; // NOI18N

    private static final Logger LOG = Logger.getLogger(StartupSelfCheck.class.getName());

    @Override
    public void run() {
        String url = System.getProperty(JDBC_PROPERTY);
        if (url != null && !url.isBlank()) {
            checkJdbc(url.trim());
        }
        if (Boolean.getBoolean(DJL_PROPERTY)) {
            checkDjl();
        }
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String name : spec.split(",")) { // NOI18N
            String iface = name.trim();
            if (!iface.isEmpty()) {
                check(iface);
            }
        }
    }

    private static void checkJdbc(String url) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            LOG.log(Level.INFO, "hwnas.selfcheck OK jdbc {0} -> {1} {2}", // NOI18N
                    new Object[]{url, c.getMetaData().getDriverName(), c.getMetaData().getDriverVersion()});
        } catch (java.sql.SQLException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "hwnas.selfcheck FAILED jdbc {0}: {1}", new Object[]{url, e.toString()}); // NOI18N
        }
    }

    /** The DJL estimators need libtorch from the bundled native jar, found through module class loaders. */
    private static void checkDjl() {
        try {
            LOG.log(Level.INFO, "hwnas.selfcheck OK djl -> {0}", org.hwnas.djl.DjlRuntime.start()); // NOI18N
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "hwnas.selfcheck FAILED djl: {0}", e.getMessage()); // NOI18N
        }
    }

    static List<String> implementations(String iface) throws ClassNotFoundException {
        // the system class loader sees every enabled module (other wrappers too); fall back to ours
        ClassLoader loader = Lookup.getDefault().lookup(ClassLoader.class);
        if (loader == null) {
            loader = StartupSelfCheck.class.getClassLoader();
        }
        Class<?> type = Class.forName(iface, false, loader);
        Collection<?> found = Lookup.getDefault().lookupAll(type);
        List<String> names = new ArrayList<>();
        for (Object o : found) {
            names.add(o.getClass().getName());
        }
        return names;
    }

    private static void check(String iface) {
        try {
            List<String> names = implementations(iface);
            if (names.isEmpty()) {
                LOG.log(Level.WARNING, "hwnas.selfcheck FAILED {0}: no implementation in Lookup.getDefault()", iface); // NOI18N
            } else {
                LOG.log(Level.INFO, "hwnas.selfcheck OK {0} -> {1}", new Object[]{iface, names}); // NOI18N
            }
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.log(Level.WARNING, "hwnas.selfcheck FAILED {0}: class not found by the system class loader ({1})", // NOI18N
                    new Object[]{iface, e.toString()});
        }
    }
}
