package org.hwnas.mappingui.api;

import java.io.File;
import java.io.IOException;
import javax.swing.SwingUtilities;
import org.hwnas.mappingui.NetworkMappingOpener;

/**
 * Opens the mapping visualizer from other modules (the search console opens a trial's mapping with it).
 * A single layer's mapping is a {@code *.hwmap.json} document: open it through its DataObject.
 * <pre>{@code
 * MappingViews.openNetwork(new File("trial-7.hwnet.json"), new File("trial-7.hwacc.json"));
 * }</pre>
 *
 * @since 0.1
 */
public final class MappingViews {

    private MappingViews() {
    }

    /**
     * Opens a window that maps every compute layer of {@code network} onto {@code accelerator} (any thread);
     * with a null accelerator the window opens with the network set and the user picks the accelerator.
     */
    public static void openNetwork(File network, File accelerator) {
        SwingUtilities.invokeLater(() -> NetworkMappingOpener.open(network, accelerator));
    }

    /**
     * Opens the network mapping of a search trial: mapped as the trial's cost measures were where they
     * used the mapper, and with a note naming the mapping behind the trial's figures and the window's.
     *
     * @since 0.2
     */
    public static void openTrial(File network, File accelerator, TrialOrigin origin) {
        SwingUtilities.invokeLater(() -> NetworkMappingOpener.open(network, accelerator, origin));
    }

    /** Opens a {@code *.hwmap.json} (or any document) in its registered editor. */
    public static void openDocument(File file) throws IOException {
        NetworkMappingOpener.openFile(file);
    }
}
