package org.hwnas.templates;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.awt.StatusDisplayer;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataFolder;
import org.openide.loaders.DataObject;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;

/**
 * {@code File > New Document...}: lists the templates in {@code Templates/HWNAS} (from any module), asks for
 * a name and a folder, creates the document and opens it when some module can (issue 7's editors).
 * The platform has no project-less New File wizard (NETBEANS-PITFALLS #17), hence this action.
 */
@ActionID(category = "File", id = "org.hwnas.templates.NewDocumentAction")
@ActionRegistration(displayName = "#CTL_NewDocumentAction", iconBase = "org/hwnas/templates/network.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 100),
    @ActionReference(path = "Shortcuts", name = "D-N")
})
@Messages({
    "CTL_NewDocumentAction=&New Document...",
    "LBL_NewDocument_Title=New Document",
    "MSG_NoTemplates=No document templates are installed (Templates/HWNAS is empty).",
    "# {0} - file",
    "MSG_Created=Created {0}",
    "# {0} - file",
    "# {1} - reason",
    "ERR_CreateFailed=Could not create {0}: {1}"
})
public final class NewDocumentAction implements ActionListener {

    private static final Logger LOG = Logger.getLogger(NewDocumentAction.class.getName());
    private static final RequestProcessor RP = new RequestProcessor(NewDocumentAction.class);
    static final String PREF_LAST_FOLDER = "lastFolder"; // NOI18N

    @Override
    public void actionPerformed(ActionEvent e) {
        List<FileObject> templates = templates();
        if (templates.isEmpty()) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_NoTemplates()));
            return;
        }
        Preferences prefs = NbPreferences.forModule(NewDocumentAction.class);
        File folder = new File(prefs.get(PREF_LAST_FOLDER, defaultFolder().getPath()));
        NewDocumentPanel panel = new NewDocumentPanel(templates, folder);
        DialogDescriptor dd = new DialogDescriptor(panel, Bundle.LBL_NewDocument_Title());
        panel.attach(dd);
        if (DialogDisplayer.getDefault().notify(dd) != DialogDescriptor.OK_OPTION || panel.problem() != null) {
            return;
        }
        FileObject template = panel.selectedTemplate();
        File dir = panel.folder();
        String name = panel.documentName();
        prefs.put(PREF_LAST_FOLDER, dir.getPath());
        RP.post(() -> create(template, dir, name));
    }

    /** The directory the application was started from (a checkout, a project folder), else the home directory. */
    static File defaultFolder() {
        File cwd = new File(System.getProperty("user.dir", "")).getAbsoluteFile(); // NOI18N
        return cwd.isDirectory() && cwd.canWrite() ? cwd : new File(System.getProperty("user.home")); // NOI18N
    }

    /** The template files of {@link TemplateFolder#PATH}, in layer order. */
    static List<FileObject> templates() {
        FileObject folder = FileUtil.getConfigFile(TemplateFolder.PATH);
        List<FileObject> out = new ArrayList<>();
        if (folder != null) {
            for (FileObject fo : FileUtil.getOrder(Arrays.asList(folder.getChildren()), false)) {
                if (fo.isData() && Boolean.TRUE.equals(fo.getAttribute("template"))) { // NOI18N
                    out.add(fo);
                }
            }
        }
        return out;
    }

    private static void create(FileObject template, File dir, String name) {
        File target = new File(dir, TemplateNames.fileName(name, template.getNameExt()));
        try {
            FileObject dirFo = FileUtil.createFolder(FileUtil.normalizeFile(dir));
            DataObject created = DataObject.find(template)
                    .createFromTemplate(DataFolder.findFolder(dirFo), TemplateNames.baseNameForTemplate(name, template.getNameExt()));
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Created(FileUtil.getFileDisplayName(created.getPrimaryFile())));
            OpenCookie open = created.getLookup().lookup(OpenCookie.class);
            // the platform's fallback loader (DefaultDataObject) asks whether to open unknown files as text;
            // open only documents some module really handles
            if (open != null && !"org.openide.loaders.DefaultDataObject".equals(created.getClass().getName())) { // NOI18N
                SwingUtilities.invokeLater(open::open);
            }
        } catch (IOException | RuntimeException ex) {
            LOG.log(Level.INFO, "creating " + target + " from " + template.getPath(), ex); // NOI18N
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(
                    Bundle.ERR_CreateFailed(target, ex.getLocalizedMessage()), NotifyDescriptor.ERROR_MESSAGE));
        }
    }
}
