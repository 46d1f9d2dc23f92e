package org.hwnas.networkui;

import java.io.IOException;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.text.MultiViewEditorElement;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.MIMEResolver;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectExistsException;
import org.openide.loaders.MultiDataObject;
import org.openide.loaders.MultiFileLoader;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * A network document ({@code *.hwnet.json}). Its editor is a MultiView of the {@link NetworkGraphElement Graph}
 * and the plain-text Source; both edit the one document of the platform's editor support, so saving, the
 * modified mark and undo/redo are the platform's.
 */
@Messages({
    "LBL_Network_LOADER=Network documents",
    "LBL_Network_SOURCE=Source"
})
@MIMEResolver.Registration(displayName = "#LBL_Network_LOADER", resource = "NetworkResolver.xml", position = 317)
@DataObject.Registration(mimeType = NetworkDataObject.MIME, iconBase = NetworkDataObject.ICON,
        displayName = "#LBL_Network_LOADER", position = 310)
@ActionReferences({
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "System", id = "org.openide.actions.OpenAction"), position = 100, separatorAfter = 200),
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "Edit", id = "org.openide.actions.CutAction"), position = 300),
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "Edit", id = "org.openide.actions.CopyAction"), position = 400, separatorAfter = 500),
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "Edit", id = "org.openide.actions.DeleteAction"), position = 600),
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "System", id = "org.openide.actions.RenameAction"), position = 700, separatorAfter = 800),
    @ActionReference(path = "Loaders/" + NetworkDataObject.MIME + "/Actions",
            id = @ActionID(category = "System", id = "org.openide.actions.PropertiesAction"), position = 1400)
})
public final class NetworkDataObject extends MultiDataObject {
    private static final long serialVersionUID = 1L;
    public static final String MIME = "text/x-hwnas-network+json"; // NOI18N
    static final String ICON = "org/hwnas/networkui/network.png"; // NOI18N

    public NetworkDataObject(FileObject pf, MultiFileLoader loader) throws DataObjectExistsException, IOException {
        super(pf, loader);
        registerEditor(MIME, true);
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    @MultiViewElement.Registration(displayName = "#LBL_Network_SOURCE", iconBase = ICON, mimeType = MIME,
            persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED, preferredID = "NetworkSource", position = 2000)
    @Messages("LBL_Network_EDITOR=Source")
    public static MultiViewEditorElement createEditor(Lookup lkp) {
        return new MultiViewEditorElement(lkp);
    }
}
