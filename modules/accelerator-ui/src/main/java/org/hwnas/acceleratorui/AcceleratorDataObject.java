package org.hwnas.acceleratorui;

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
 * An accelerator document ({@code *.hwacc.json}): opens in a MultiView with the {@code Design} view
 * ({@link AcceleratorDesignElement}) and the plain-text {@code Source} view over the same document, so
 * save, dirty state and undo/redo are the platform's.
 * <p>The double extension needs a declarative resolver ({@code AcceleratorResolver.xml}: extension
 * {@code json} and a name containing {@code .hwacc}); an extension registration would claim every JSON file.
 */
@Messages({
    "LBL_Accelerator_LOADER=Accelerator documents",
    "LBL_Accelerator_SOURCE=Source"
})
@MIMEResolver.Registration(displayName = "#LBL_Accelerator_LOADER", resource = "AcceleratorResolver.xml", position = 320)
@DataObject.Registration(mimeType = AcceleratorDataObject.MIME, iconBase = AcceleratorDataObject.ICON,
        displayName = "#LBL_Accelerator_LOADER", position = 320)
@ActionReferences({
    @ActionReference(path = "Loaders/" + AcceleratorDataObject.MIME + "/Actions", position = 100,
            id = @ActionID(category = "System", id = "org.openide.actions.OpenAction")),
    @ActionReference(path = "Loaders/" + AcceleratorDataObject.MIME + "/Actions", position = 200, separatorAfter = 300,
            id = @ActionID(category = "Edit", id = "org.openide.actions.DeleteAction")),
    @ActionReference(path = "Loaders/" + AcceleratorDataObject.MIME + "/Actions", position = 400,
            id = @ActionID(category = "System", id = "org.openide.actions.PropertiesAction"))
})
public final class AcceleratorDataObject extends MultiDataObject {
    private static final long serialVersionUID = 1L;

    public static final String MIME = "text/x-hwnas-accelerator+json"; // NOI18N
    static final String ICON = "org/hwnas/acceleratorui/accelerator.png"; // NOI18N

    public AcceleratorDataObject(FileObject pf, MultiFileLoader loader) throws DataObjectExistsException, IOException {
        super(pf, loader);
        registerEditor(MIME, true);
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    @MultiViewElement.Registration(displayName = "#LBL_Accelerator_SOURCE", iconBase = ICON, mimeType = MIME,
            persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED, preferredID = "AcceleratorSource", position = 2000)
    public static MultiViewEditorElement createEditor(Lookup lkp) {
        return new MultiViewEditorElement(lkp);
    }
}
