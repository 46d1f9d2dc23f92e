package org.hwnas.mappingui;

import java.io.IOException;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.text.MultiViewEditorElement;
import org.openide.filesystems.FileObject;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectExistsException;
import org.openide.loaders.MultiDataObject;
import org.openide.loaders.MultiFileLoader;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** A mapping document ({@code *.hwmap.json}): a Mapping view (the visualizer) and the JSON source. */
@Messages({"LBL_Mapping_LOADER=Mapping documents", "LBL_Mapping_SOURCE=Source"})
@DataObject.Registration(mimeType = MappingDataObject.MIME, displayName = "#LBL_Mapping_LOADER",
        iconBase = "org/hwnas/mappingui/mapping.png", position = 310)
@org.openide.awt.ActionReferences({
    @org.openide.awt.ActionReference(path = "Loaders/" + MappingDataObject.MIME + "/Actions",
            id = @org.openide.awt.ActionID(category = "System", id = "org.openide.actions.OpenAction"), position = 100, separatorAfter = 200),
    @org.openide.awt.ActionReference(path = "Loaders/" + MappingDataObject.MIME + "/Actions",
            id = @org.openide.awt.ActionID(category = "Edit", id = "org.openide.actions.CopyAction"), position = 400, separatorAfter = 500),
    @org.openide.awt.ActionReference(path = "Loaders/" + MappingDataObject.MIME + "/Actions",
            id = @org.openide.awt.ActionID(category = "Edit", id = "org.openide.actions.DeleteAction"), position = 600),
    @org.openide.awt.ActionReference(path = "Loaders/" + MappingDataObject.MIME + "/Actions",
            id = @org.openide.awt.ActionID(category = "System", id = "org.openide.actions.RenameAction"), position = 700, separatorAfter = 800),
    @org.openide.awt.ActionReference(path = "Loaders/" + MappingDataObject.MIME + "/Actions",
            id = @org.openide.awt.ActionID(category = "System", id = "org.openide.actions.PropertiesAction"), position = 1400)
})
public final class MappingDataObject extends MultiDataObject {
    private static final long serialVersionUID = 1L;
    public static final String MIME = "text/x-hwnas-mapping+json"; // NOI18N
    public static final String SUFFIX = ".hwmap.json"; // NOI18N

    public MappingDataObject(FileObject pf, MultiFileLoader loader) throws DataObjectExistsException, IOException {
        super(pf, loader);
        registerEditor(MIME, true);
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    @MultiViewElement.Registration(displayName = "#LBL_Mapping_SOURCE", iconBase = "org/hwnas/mappingui/mapping.png",
            mimeType = MIME, persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED, preferredID = "MappingSource", position = 2000)
    public static MultiViewEditorElement createEditor(Lookup lkp) {
        return new MultiViewEditorElement(lkp);
    }
}
