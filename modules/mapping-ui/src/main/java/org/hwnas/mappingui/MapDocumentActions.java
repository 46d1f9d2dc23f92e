package org.hwnas.mappingui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.NbBundle.Messages;

/**
 * Context-menu entries on network and accelerator documents that open the Network Mapping window with
 * that document preset; the other one is chosen in the window.
 */
@Messages({"CTL_MapOntoAccelerator=Map onto Accelerator...", "CTL_MapNetworkOnto=Map a Network onto It..."})
public final class MapDocumentActions {

    private MapDocumentActions() {
    }

    private static void open(DataObject d, boolean isNetwork) {
        File f = FileUtil.toFile(d.getPrimaryFile());
        NetworkMappingTopComponent tc = new NetworkMappingTopComponent();
        tc.open();
        tc.requestActive();
        tc.preset(isNetwork ? f : null, isNetwork ? null : f);
    }

    @ActionID(category = "Tools", id = "org.hwnas.mappingui.MapNetworkAction")
    @ActionRegistration(displayName = "#CTL_MapOntoAccelerator", iconBase = "org/hwnas/mappingui/mapping.png")
    @ActionReference(path = "Loaders/text/x-hwnas-network+json/Actions", position = 150)
    public static final class MapNetwork implements ActionListener {
        private final DataObject context;

        public MapNetwork(DataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            open(context, true);
        }
    }

    @ActionID(category = "Tools", id = "org.hwnas.mappingui.MapOntoAcceleratorAction")
    @ActionRegistration(displayName = "#CTL_MapNetworkOnto", iconBase = "org/hwnas/mappingui/mapping.png")
    @ActionReference(path = "Loaders/text/x-hwnas-accelerator+json/Actions", position = 150)
    public static final class MapOntoAccelerator implements ActionListener {
        private final DataObject context;

        public MapOntoAccelerator(DataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            open(context, false);
        }
    }
}
