package org.hwnas.mappingui;

import java.io.File;
import java.io.IOException;

/** Bridge from the exported api package to the hidden window class. */
public final class NetworkMappingOpener {
    private NetworkMappingOpener() {
    }

    /** EDT: a new network-mapping window for the two documents, mapping started. */
    public static void open(File network, File accelerator) {
        open(network, accelerator, null);
    }

    /** EDT: the same for a search trial ({@code origin} may be null). */
    public static void open(File network, File accelerator, org.hwnas.mappingui.api.TrialOrigin origin) {
        NetworkMappingTopComponent tc = new NetworkMappingTopComponent();
        tc.setOrigin(origin);
        tc.open();
        tc.requestActive();
        if (accelerator == null) {
            tc.preset(network, null); // the accelerator is chosen in the window
        } else {
            tc.setDocuments(network, accelerator);
        }
    }

    public static void openFile(File f) throws IOException {
        NetworkMappingTopComponent.open(f);
    }
}
