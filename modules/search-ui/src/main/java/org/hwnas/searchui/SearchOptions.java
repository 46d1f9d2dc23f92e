package org.hwnas.searchui;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * The search options (Tools > Options > Search): default workers, DJL device, result folder. Stored with
 * NbPreferences; the runs receive plain values.
 */
public final class SearchOptions {
    static final String WORKERS = "workers"; // NOI18N
    static final String DEVICE = "djlDevice"; // NOI18N
    static final String RESULTS = "resultFolder"; // NOI18N
    /** Devices offered: auto = the GPU when DJL reports one, else the CPU. */
    static final String[] DEVICES = {"auto", "cpu", "gpu"}; // NOI18N
    /**
     * The system property the DJL device choice is published as: the core reads it as the default device
     * ({@code org.hwnas.djl.DjlRuntime.DEVICE_PROPERTY}, used by zero-cost proxies and short training;
     * explicitly given devices, such as a {@code measured} latency measure's, win).
     */
    public static final String DEVICE_PROPERTY = "hwnas.djl.device"; // NOI18N

    private SearchOptions() {
    }

    private static Preferences prefs() {
        return NbPreferences.forModule(SearchOptions.class);
    }

    /** Evaluation threads for IDE runs; 0 = the study's own {@code workers}. */
    public static int workers() {
        return Math.max(0, Math.min(256, prefs().getInt(WORKERS, 0)));
    }

    public static String device() {
        return prefs().get(DEVICE, "auto"); // NOI18N
    }

    /** The folder for candidate documents; "" = {@code <study folder>/<study name>-results}. */
    public static String resultFolder() {
        return prefs().get(RESULTS, ""); // NOI18N
    }

    /** Where a study's candidate documents go. */
    public static Path resultFolder(Path studyFile, String studyName) {
        String f = resultFolder();
        return f.isBlank() ? org.hwnas.searchui.model.CandidateDocuments.defaultFolder(studyFile, studyName)
                : Path.of(f).resolve(studyName);
    }

    static void store(int workers, String device, String results) {
        prefs().putInt(WORKERS, workers);
        prefs().put(DEVICE, device);
        prefs().put(RESULTS, results);
        publishDevice();
    }

    /**
     * Publishes the stored device choice as {@link #DEVICE_PROPERTY} (at start-up and on each change).
     * Nothing stored yet: the property is left as it is (e.g. {@code -J-Dhwnas.djl.device=cpu} at launch).
     */
    static void publishDevice() {
        String stored = prefs().get(DEVICE, null);
        if (stored != null) {
            System.setProperty(DEVICE_PROPERTY, stored);
        }
    }

    /** Start-up: the core sees the Options panel's device before any run or measure starts. */
    @org.openide.modules.OnStart
    public static final class PublishDevice implements Runnable {
        @Override
        public void run() {
            publishDevice();
        }
    }
}
