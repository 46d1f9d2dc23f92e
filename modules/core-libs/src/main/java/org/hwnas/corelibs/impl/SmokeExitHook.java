package org.hwnas.corelibs.impl;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.LifecycleManager;
import org.openide.modules.OnStart;
import org.openide.util.RequestProcessor;

/**
 * Test hook for {@code scripts/app-smoke.sh}: lets a script close the application the normal way
 * (modules' {@code closing()}, window-system save, exit code 0) without a window manager under Xvfb.
 *
 * <p>Run with {@code -J-Dhwnas.smoke.exitFile=/some/path}; once that file exists the application calls
 * {@link LifecycleManager#exit()}. Without the property it does nothing.
 */
@OnStart
public final class SmokeExitHook implements Runnable {

    /** System property naming the trigger file. */
    public static final String PROPERTY = "hwnas.smoke.exitFile"; // NOI18N

    private static final Logger LOG = Logger.getLogger(SmokeExitHook.class.getName());
    private static final int POLL_MS = 250;
    private static final RequestProcessor RP = new RequestProcessor("hwnas-smoke-exit", 1); // NOI18N

    @Override
    public void run() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            return;
        }
        File trigger = new File(path);
        LOG.log(Level.INFO, "hwnas.smoke waiting for exit trigger {0}", trigger); // NOI18N
        RequestProcessor.Task[] task = new RequestProcessor.Task[1];
        task[0] = RP.create(() -> {
            if (trigger.exists()) {
                LOG.log(Level.INFO, "hwnas.smoke exit requested by {0}", trigger); // NOI18N
                LifecycleManager.getDefault().exit();
            } else {
                task[0].schedule(POLL_MS);
            }
        });
        task[0].schedule(POLL_MS);
    }
}
