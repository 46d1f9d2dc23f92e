package org.hwnas.searchui;

import java.io.File;
import java.io.IOException;
import org.netbeans.core.spi.multiview.MultiViewElement;
import org.netbeans.core.spi.multiview.text.MultiViewEditorElement;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectExistsException;
import org.openide.loaders.MultiDataObject;
import org.openide.loaders.MultiFileLoader;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * A search study ({@code *.hwsearch.json}): opens as its JSON source; Run Search, Resume, Stop and Open
 * Results act on it (context menu, Search menu, toolbar).
 */
@Messages({"LBL_Search_LOADER=Search studies", "LBL_Search_SOURCE=Source"})
@DataObject.Registration(mimeType = SearchDataObject.MIME, displayName = "#LBL_Search_LOADER",
        iconBase = "org/hwnas/searchui/search.png", position = 340)
@ActionReferences({
    @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", id = @ActionID(category = "System", id = "org.openide.actions.OpenAction"),
            position = 50, separatorAfter = 60),
    @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", id = @ActionID(category = "Edit", id = "org.openide.actions.CopyAction"),
            position = 700),
    @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", id = @ActionID(category = "Edit", id = "org.openide.actions.DeleteAction"),
            position = 800),
    @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", id = @ActionID(category = "System", id = "org.openide.actions.RenameAction"),
            position = 900, separatorAfter = 950),
    @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", id = @ActionID(category = "System", id = "org.openide.actions.PropertiesAction"),
            position = 1000)
})
public final class SearchDataObject extends MultiDataObject {
    private static final long serialVersionUID = 1L;
    public static final String MIME = "text/x-hwnas-search+json"; // NOI18N
    public static final String SUFFIX = ".hwsearch.json"; // NOI18N

    public SearchDataObject(FileObject pf, MultiFileLoader loader) throws DataObjectExistsException, IOException {
        super(pf, loader);
        registerEditor(MIME, true);
    }

    @Override
    protected int associateLookup() {
        return 1;
    }

    /** The study document on disk (null for a file outside the local file system). */
    public File file() {
        return FileUtil.toFile(getPrimaryFile());
    }

    @MultiViewElement.Registration(displayName = "#LBL_Search_SOURCE", iconBase = "org/hwnas/searchui/search.png",
            mimeType = MIME, persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED, preferredID = "SearchSource", position = 1000)
    public static MultiViewEditorElement createEditor(Lookup lkp) {
        return new MultiViewEditorElement(lkp);
    }
}
